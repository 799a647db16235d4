#include "facturx.h"

// glib's headers use "signals" as a name, which Qt defines as a keyword (no QObject here).
#undef signals
#include <poppler.h>

#include <poppler-global.h>

#include <QCoreApplication>

#include <memory>

namespace relance {

namespace {
// A Factur-X invoice's XML is tens of kilobytes; the largest EXTENDED ones stay under a megabyte.
constexpr qint64 kMaxInvoiceXmlBytes = 8 * 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FacturX)
};

// Poppler reports a damaged PDF on stderr; Relance reports it to the user, with the file's name.
void quiet(const std::string &, void *) {}

// The names the Factur-X, ZUGFeRD and XRechnung specifications give the invoice's XML.
bool isInvoiceXmlName(const QString &name)
{
    static const QStringList names{QStringLiteral("factur-x.xml"), QStringLiteral("zugferd-invoice.xml"),
                                   QStringLiteral("xrechnung.xml")};
    return names.contains(name, Qt::CaseInsensitive);
}

}  // namespace

Result<QList<EmbeddedXml>> embeddedInvoiceXml(const QByteArray &pdf, const QString &fileName)
{
    poppler::set_debug_error_function(quiet, nullptr);  // the same poppler core as the glib binding
    // poppler-glib rather than poppler-cpp for the attachments: it reads their names whole (cpp
    // cuts a UTF-16 name at its first zero byte) and hands their data over block by block, so
    // an attachment is chosen by its name before anything is inflated, and its inflation stops
    // at the size cap instead of filling memory (a 1 MB PDF can inflate to gigabytes).
    GBytes *bytes = g_bytes_new(pdf.constData(), gsize(pdf.size()));
    GError *error = nullptr;
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, nullptr, &error);
    g_bytes_unref(bytes);
    if (!document) {
        if (error)
            g_error_free(error);
        return Error(Tr::tr("this PDF cannot be read (damaged or not a PDF)"), QStringLiteral("file")).at(fileName, 0);
    }
    struct Reading
    {
        QByteArray data;
        bool tooLarge = false;
    };
    const auto append = [](const gchar *buffer, gsize count, gpointer user, GError **) -> gboolean {
        auto *reading = static_cast<Reading *>(user);
        if (qint64(reading->data.size()) + qint64(count) > kMaxInvoiceXmlBytes) {
            reading->tooLarge = true;
            return FALSE;  // stops the inflation
        }
        reading->data.append(buffer, qsizetype(count));
        return TRUE;
    };
    QList<EmbeddedXml> found;
    bool tooLarge = false;
    GList *attachments = poppler_document_has_attachments(document) ? poppler_document_get_attachments(document)
                                                                    : nullptr;
    for (GList *item = attachments; item && !tooLarge; item = item->next) {
        auto *attachment = static_cast<PopplerAttachment *>(item->data);
        const QString name = QString::fromUtf8(attachment->name);
        if (!isInvoiceXmlName(name))
            continue;
        Reading reading;
        GError *saveError = nullptr;
        const bool saved = poppler_attachment_save_to_callback(attachment, append, &reading, &saveError);
        if (saveError)
            g_error_free(saveError);
        tooLarge = reading.tooLarge;
        if (saved)
            found.append({name, reading.data});
    }
    g_list_free_full(attachments, g_object_unref);
    g_object_unref(document);
    if (tooLarge)
        return Error(Tr::tr("the PDF's invoice XML is larger than any invoice (over %1 MB): refused")
                         .arg(kMaxInvoiceXmlBytes / (1024 * 1024)),
                     QStringLiteral("file"))
            .at(fileName, 0);
    if (found.isEmpty())
        return Error(Tr::tr("this PDF carries no invoice XML: it is not a Factur-X or ZUGFeRD invoice"),
                     QStringLiteral("file"))
            .at(fileName, 0);
    return found;
}

Result<QList<EInvoice>> readEInvoiceFile(const QByteArray &bytes, const QString &fileName)
{
    if (!bytes.startsWith("%PDF")) {
        const Result<EInvoice> invoice = readEInvoiceXml(bytes, fileName);
        if (!invoice)
            return invoice.error();
        return QList<EInvoice>{*invoice};
    }
    const Result<QList<EmbeddedXml>> xmls = embeddedInvoiceXml(bytes, fileName);
    if (!xmls)
        return xmls.error();
    QList<EInvoice> invoices;
    for (const EmbeddedXml &xml : *xmls) {
        const Result<EInvoice> invoice = readEInvoiceXml(xml.data, QStringLiteral("%1 [%2]").arg(fileName, xml.name));
        if (!invoice)
            return invoice.error();
        invoices << *invoice;
    }
    return invoices;
}

}  // namespace relance
