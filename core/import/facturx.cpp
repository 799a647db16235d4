#include "facturx.h"

// glib's headers use "signals" as a name, which Qt defines as a keyword (no QObject here).
#undef signals
#include <poppler.h>

#include <poppler-global.h>

#include <QCoreApplication>
#include <QDataStream>

#include <cerrno>
#include <sys/wait.h>
#include <unistd.h>

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

// The attachments, read in this process (see embeddedInvoiceXml for why a child runs it).
Result<QList<EmbeddedXml>> readAttachments(const QByteArray &pdf, const QString &fileName)
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

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

}  // namespace

// poppler-glib 22.12 dereferences a null pointer when an attachment's file specification is a
// bare string (found by fuzz_facturx). A forked child reads the attachments and hands them back
// through a pipe, so that such a PDF costs an error message, not the application.
Result<QList<EmbeddedXml>> embeddedInvoiceXml(const QByteArray &pdf, const QString &fileName)
{
    const Error damaged =
        Error(Tr::tr("this PDF is damaged: its attachments cannot be read"), QStringLiteral("file")).at(fileName, 0);
    int fds[2];
    if (::pipe(fds) != 0)
        return damaged;
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return damaged;
    }
    if (child == 0) {
        ::close(fds[0]);
        const Result<QList<EmbeddedXml>> read = readAttachments(pdf, fileName);
        QByteArray out;
        QDataStream stream(&out, QIODevice::WriteOnly);
        stream << read.ok();
        if (read) {
            stream << qint32(read.value().size());
            for (const EmbeddedXml &xml : read.value())
                stream << xml.name << xml.data;
        } else {
            stream << read.error().message;
        }
        ::_exit(writeAll(fds[1], out) ? 0 : 1);  // no atexit handlers, no Qt teardown in the child
    }
    ::close(fds[1]);
    QByteArray in;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        in.append(buffer, qsizetype(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || in.isEmpty())
        return damaged;
    QDataStream stream(in);
    bool ok = false;
    stream >> ok;
    if (!ok) {
        QString message;
        stream >> message;
        return Error(message, QStringLiteral("file")).at(fileName, 0);
    }
    qint32 count = 0;
    stream >> count;
    QList<EmbeddedXml> found;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        EmbeddedXml xml;
        stream >> xml.name >> xml.data;
        found.append(xml);
    }
    if (stream.status() != QDataStream::Ok)
        return damaged;
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
