#include "facturx.h"

#include <QCoreApplication>

#include <poppler-document.h>
#include <poppler-embedded-file.h>
#include <poppler-global.h>

#include <memory>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FacturX)
};

// Poppler reports a damaged PDF on stderr; Relance reports it to the user, with the file's name.
void quiet(const std::string &, void *) {}

// A PDF text string in PDFDocEncoding (Latin-1 for file names). A UTF-16 name (ZUGFeRD 2.0
// files name their XML so) reaches us cut at its first zero byte by poppler-cpp: unreadable.
QString pdfName(const std::string &raw)
{
    const QByteArray bytes = QByteArray::fromStdString(raw);
    return bytes.startsWith("\xFE\xFF") ? QString() : QString::fromLatin1(bytes);
}

bool looksLikeXml(const QByteArray &data)
{
    const QByteArray start = data.left(64).trimmed();
    return start.startsWith("<") || start.startsWith("\xEF\xBB\xBF<");
}
}  // namespace

Result<QList<EmbeddedXml>> embeddedInvoiceXml(const QByteArray &pdf, const QString &fileName)
{
    poppler::set_debug_error_function(quiet, nullptr);
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size())));
    if (!document)
        return Error(Tr::tr("this PDF cannot be read (damaged or not a PDF)"), QStringLiteral("file")).at(fileName, 0);
    QList<EmbeddedXml> found;
    if (document->has_embedded_files())
        for (poppler::embedded_file *file : document->embedded_files()) {
            if (!file || !file->is_valid())
                continue;
            const poppler::byte_array raw = file->data();
            const QByteArray data(raw.data(), qsizetype(raw.size()));
            QString name = pdfName(file->name());
            // By its name when it has one, else by what it holds; the reader checks the rest.
            if (!name.isEmpty() ? !name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) : !looksLikeXml(data))
                continue;
            if (name.isEmpty())
                name = Tr::tr("attachment %1").arg(found.size() + 1);
            found.append({name, data});
        }
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
