#include "einvoiceimportservice.h"

#include "clientservice.h"
#include "import/facturx.h"
#include "paymentservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EInvoiceImportService)
};

// "RE-20171118/506" -> "RE-20171118_506": a number as a file name.
QString safeName(const QString &number)
{
    QString name = number;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return name;
}

Client clientFrom(const EInvoiceParty &buyer)
{
    Client c;
    c.name = buyer.name;
    c.email = buyer.email;
    c.vatNumber = buyer.vatId;
    const QString digits = QString(buyer.legalId).remove(QLatin1Char(' '));
    if (digits.size() == 9 || digits.size() == 14)
        c.sirenSiret = digits;  // a SIREN or SIRET; other registration numbers are not French ones
    c.address = buyer.street;
    c.postalCode = buyer.postcode;
    c.city = buyer.city;
    if (buyer.country.size() == 2)
        c.country = buyer.country.toUpper();
    return c;
}
}  // namespace

EInvoiceImportService::EInvoiceImportService(const Database &db, QString documentsDirectory)
    : m_db(db), m_documents(std::move(documentsDirectory))
{
}

QString EInvoiceImportService::defaultDocumentsDirectory(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-documents/einvoices"));
}

Result<EInvoiceReport> EInvoiceImportService::import(const QList<InputFile> &files, const QDate &today) const
{
    EInvoiceReport report;
    // The originals kept, staged until the invoices recording them have committed.
    QList<files::StagedFile> written;
    const auto fail = [&written](Error e) {
        for (const files::StagedFile &file : written)
            file.discard();
        return e;
    };
    Transaction tx(m_db);
    const InvoiceRepository invoices(m_db);
    const ClientRepository clients(m_db);
    for (const InputFile &file : files) {
        const Result<QList<EInvoice>> read = readEInvoiceFile(file.bytes, file.name);
        if (!read)
            return fail(read.error());
        // A PDF for both ZUGFeRD 1 and 2 carries the same invoice twice: the newer syntax first.
        QList<EInvoice> documents = *read;
        std::stable_sort(documents.begin(), documents.end(),
                         [](const EInvoice &a, const EInvoice &b) { return int(a.syntax) < int(b.syntax); });
        QStringList seenHere;
        for (const EInvoice &e : documents) {
            if (seenHere.contains(e.number))
                continue;
            seenHere << e.number;
            const auto refuse = [&](const QString &message, const QString &field) {
                return fail(Error(message, field).at(file.name, 0));
            };
            if (e.typeCode == QLatin1String("751"))
                return refuse(Tr::tr("%1 is a booking aid (type 751), not an invoice to collect").arg(e.number),
                              QStringLiteral("type"));
            if (e.buyer.name.isEmpty())
                return refuse(Tr::tr("%1 names no buyer").arg(e.number), QStringLiteral("client"));
            if (e.currency.size() != 3)
                return refuse(Tr::tr("%1 gives no currency").arg(e.number), QStringLiteral("currency"));
            if (!e.grandTotalCents)
                return refuse(Tr::tr("%1 gives no total").arg(e.number), QStringLiteral("amount"));
            const bool credit = e.isCreditNote() || *e.grandTotalCents < 0;
            const qint64 total = std::llabs(*e.grandTotalCents);

            // The client: by name, else created from the buyer.
            std::optional<Client> client = clients.findByName(e.buyer.name);
            if (!client) {
                Client c = clientFrom(e.buyer);
                // What the file holds but Relance would refuse (a phone number given as the
                // buyer's address, a foreign VAT format...) is left out rather than block the import.
                for (int tries = 0; tries < 4; ++tries) {
                    const Status valid = ClientService::validate(c);
                    const QString field = valid ? QString() : valid.error().field;
                    if (field == QLatin1String("email"))
                        c.email.clear();
                    else if (field == QLatin1String("vat"))
                        c.vatNumber.clear();
                    else if (field == QLatin1String("siren_siret") || field == QLatin1String("siret"))
                        c.sirenSiret.clear();
                    else if (field == QLatin1String("country"))
                        c.country = QStringLiteral("FR");
                    else
                        break;
                }
                const Result<qint64> id = ClientService(m_db).add(c);
                if (!id)
                    return refuse(
                        Tr::tr("the buyer %1 cannot be added as a client: %2").arg(e.buyer.name, id.error().message),
                        QStringLiteral("client"));
                client = clients.findById(*id);
                ++report.clientsCreated;
            }

            if (credit) {
                // Reduces the invoice it refers to, then the client's oldest open invoices.
                Payment p;
                p.date = e.issueDate;
                p.amountCents = total;
                p.currency = e.currency;
                p.method = QStringLiteral("credit-note");
                p.bankReference = e.number;
                p.notes = Tr::tr("Credit note %1 (%2)").arg(e.number, file.name);
                qint64 left = total;
                QList<Invoice> open;
                if (const auto referred = invoices.findByNumber(e.referencedInvoice);
                    referred && referred->clientId == client->id)
                    open << *referred;
                for (const Invoice &inv : invoices.openInvoices())
                    if (inv.clientId == client->id && inv.number != e.referencedInvoice)
                        open << inv;
                for (const Invoice &inv : open) {
                    const qint64 share = std::min(left, inv.balance().cents());
                    if (share <= 0 || inv.currency != e.currency)
                        continue;
                    p.allocations.append({inv.id, inv.number, share});
                    left -= share;
                    if (left == 0)
                        break;
                }
                // A valid document is never refused: what exceeds the client's debt (its invoice
                // may not be in the book) becomes the client's credit, used against its next
                // invoices or refunded (PaymentService::useCredit, markCreditRefunded).
                p.clientId = client->id;
                if (left > 0)
                    report.notes << Tr::tr("Credit note %1: %2 more than %3 owed, kept as the client's credit.")
                                        .arg(e.number, Money(left, e.currency).toString(), client->name);
                if (const Result<qint64> id = PaymentService(m_db).record(p); !id)
                    return refuse(id.error().message, id.error().field);
                ++report.creditNotesApplied;
                continue;
            }

            if (const auto existing = invoices.findByNumber(e.number)) {
                if (existing->amountInclCents == total && existing->currency == e.currency) {
                    ++report.unchanged;
                    continue;
                }
                return refuse(Tr::tr("invoice %1 already exists with another total (%2)")
                                  .arg(e.number, existing->totalIncl().toString()),
                              QStringLiteral("number"));
            }
            if (total <= 0)
                return refuse(Tr::tr("invoice %1 totals zero: nothing to collect").arg(e.number),
                              QStringLiteral("amount"));
            Invoice inv;
            inv.number = e.number;
            inv.clientId = client->id;
            inv.issueDate = e.issueDate;
            inv.dueDate = e.dueDates.isEmpty() ? e.issueDate.addDays(client->paymentTermsDays) : e.dueDates.first();
            if (inv.dueDate < inv.issueDate)
                inv.dueDate = inv.issueDate;
            inv.amountInclCents = total;
            inv.amountExclCents = e.taxExclusiveCents && *e.taxExclusiveCents >= 0 && *e.taxExclusiveCents <= total
                                      ? *e.taxExclusiveCents
                                      : total;
            inv.currency = e.currency;
            inv.object = e.object();
            inv.notes =
                Tr::tr("Imported from %1 (%2)").arg(QFileInfo(file.name).fileName(), eInvoiceSyntaxLabel(e.syntax));
            if (e.typeCode == QLatin1String("389"))
                report.notes << Tr::tr("%1 is a self-billed invoice (type 389).").arg(e.number);

            // The original kept beside the database, never overwritten.
            const QString suffix = file.bytes.startsWith("%PDF") ? QStringLiteral(".pdf") : QStringLiteral(".xml");
            QString path = QDir(m_documents).filePath(safeName(e.number) + suffix);
            const auto taken = [&](const QString &p) {
                return QFileInfo::exists(p) || QFileInfo::exists(files::StagedFile::stagingPathFor(p)) ||
                       std::any_of(written.cbegin(), written.cend(),
                                   [&](const files::StagedFile &w) { return w.finalPath() == p; });
            };
            for (int n = 2; taken(path); ++n)
                path = QDir(m_documents).filePath(QStringLiteral("%1-%2%3").arg(safeName(e.number)).arg(n).arg(suffix));
            const Result<files::StagedFile> copy = files::StagedFile::write(path, file.bytes);
            if (!copy)
                return refuse(Tr::tr("cannot keep a copy in %1: %2").arg(path, copy.error().message),
                              QStringLiteral("file"));
            written << *copy;
            files::faultPoint("einvoice.staged");
            inv.pdfPath = path;
            const Result<qint64> id = invoices.insert(inv);
            if (!id)
                return refuse(id.error().message, QStringLiteral("number"));
            ++report.invoicesAdded;

            // Prepaid: stated, or implied by a due amount under the total (Factur-X MINIMUM).
            const qint64 due = e.amountDueCents().value_or(total);
            const qint64 prepaid = std::clamp<qint64>(e.prepaidCents.value_or(total - due), 0, total);
            if (prepaid > 0) {
                Payment p;
                p.date = std::min(e.issueDate, today);
                p.amountCents = prepaid;
                p.currency = e.currency;
                p.method = QStringLiteral("other");
                p.bankReference = Tr::tr("prepaid per %1").arg(e.number);
                p.allocations.append({*id, e.number, prepaid});
                if (const Result<qint64> paid = PaymentService(m_db).record(p); !paid)
                    return refuse(paid.error().message, paid.error().field);
                report.notes
                    << Tr::tr("%1: %2 already paid when issued.").arg(e.number, Money(prepaid, e.currency).toString());
            }
        }
    }
    for (const files::StagedFile &copy : written)
        m_db.whenCommitted([copy] { (void)copy.publish(); }, [copy] { copy.discard(); });
    if (Status s = tx.commit(); !s)
        return s.error();  // the rollback discards the copies
    return report;
}

QPair<QStringList, QStringList> EInvoiceImportService::sweep() const
{
    QStringList completed, removed;
    QDirIterator it(m_documents, {QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString staged = it.next();
        const QFileInfo info(staged);
        const QString finalPath = info.absoluteDir().filePath(info.fileName().mid(1).chopped(5));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM invoices WHERE pdf_path = ?"));
        q.addBindValue(finalPath);
        const bool recorded = q.exec() && q.next();
        if (recorded && !QFileInfo::exists(finalPath) && files::renameNoReplace(staged, finalPath)) {
            completed << info.fileName().mid(1).chopped(5);
        } else {
            QFile::remove(staged);
            removed << info.fileName().mid(1).chopped(5);
        }
    }
    return {completed, removed};
}

}  // namespace relance
