#include "invoiceimportservice.h"

#include "clientservice.h"
#include "invoiceservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceImportService)
};

constexpr std::array kFields{ImportField::Number,      ImportField::Client,      ImportField::IssueDate,
                             ImportField::DueDate,     ImportField::AmountIncl,  ImportField::AmountExcl,
                             ImportField::Currency,    ImportField::ServiceDate, ImportField::Notes,
                             ImportField::Object,      ImportField::ClientEmail, ImportField::ClientSiret, ImportField::ClientVat};

// The words spreadsheets use for each field, French and English, normalised.
QStringList synonyms(ImportField f)
{
    switch (f) {
    case ImportField::Number:
        return {QStringLiteral("numero"),      QStringLiteral("numerofacture"), QStringLiteral("nfacture"),
                QStringLiteral("nodefacture"), QStringLiteral("facture"),       QStringLiteral("invoice"),
                QStringLiteral("invoiceno"),   QStringLiteral("invoicenumber"), QStringLiteral("number"),
                QStringLiteral("no"),          QStringLiteral("reference"),     QStringLiteral("ref")};
    case ImportField::Client:
        return {QStringLiteral("client"),        QStringLiteral("nomclient"),    QStringLiteral("nomduclient"),
                QStringLiteral("customer"),      QStringLiteral("customername"), QStringLiteral("clientname"),
                QStringLiteral("raisonsociale"), QStringLiteral("societe"),      QStringLiteral("company")};
    case ImportField::IssueDate:
        return {QStringLiteral("date"),         QStringLiteral("datefacture"),   QStringLiteral("datedefacture"),
                QStringLiteral("dateemission"), QStringLiteral("datedemission"), QStringLiteral("issuedate"),
                QStringLiteral("invoicedate"),  QStringLiteral("dateofissue")};
    case ImportField::DueDate:
        return {QStringLiteral("echeance"),
                QStringLiteral("dateecheance"),
                QStringLiteral("datedecheance"),
                QStringLiteral("duedate"),
                QStringLiteral("due"),
                QStringLiteral("datelimite"),
                QStringLiteral("datelimitedepaiement"),
                QStringLiteral("paymentdue")};
    case ImportField::AmountIncl:
        return {QStringLiteral("montantttc"), QStringLiteral("totalttc"),      QStringLiteral("ttc"),
                QStringLiteral("montant"),    QStringLiteral("total"),         QStringLiteral("amount"),
                QStringLiteral("amountincl"), QStringLiteral("amountinclvat"), QStringLiteral("totalincl"),
                QStringLiteral("grandtotal"), QStringLiteral("totalamount")};
    case ImportField::AmountExcl:
        return {QStringLiteral("montantht"),  QStringLiteral("totalht"),       QStringLiteral("ht"),
                QStringLiteral("amountexcl"), QStringLiteral("amountexclvat"), QStringLiteral("net"),
                QStringLiteral("netamount"),  QStringLiteral("subtotal")};
    case ImportField::Currency:
        return {QStringLiteral("devise"), QStringLiteral("currency"), QStringLiteral("monnaie")};
    case ImportField::ServiceDate:
        return {QStringLiteral("dateprestation"),  QStringLiteral("datedeprestation"), QStringLiteral("datelivraison"),
                QStringLiteral("datedelivraison"), QStringLiteral("servicedate"),      QStringLiteral("deliverydate")};
    case ImportField::Notes:
        return {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("commentaire"),
                QStringLiteral("commentaires"), QStringLiteral("comment"), QStringLiteral("comments")};
    case ImportField::Object:
        return {QStringLiteral("objet"),       QStringLiteral("object"),      QStringLiteral("description"),
                QStringLiteral("designation"), QStringLiteral("libelle"),     QStringLiteral("intitule"),
                QStringLiteral("prestation"),  QStringLiteral("subject"),     QStringLiteral("objetdelafacture")};
    case ImportField::ClientEmail:
        return {QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("courriel"),
                QStringLiteral("emailclient"), QStringLiteral("customeremail")};
    case ImportField::ClientSiret:
        return {QStringLiteral("siret"), QStringLiteral("siren"), QStringLiteral("siretclient")};
    case ImportField::ClientVat:
        return {QStringLiteral("tva"), QStringLiteral("numerotva"), QStringLiteral("tvaintracommunautaire"),
                QStringLiteral("vat"), QStringLiteral("vatnumber"), QStringLiteral("vatid")};
    }
    return {};
}

QString layoutKey(const CsvTable &table)
{
    QStringList words;
    for (const QString &h : table.header)
        words << normalisedHeader(h);
    return QStringLiteral("import.invoices.layout.") +
           QString::fromLatin1(
               QCryptographicHash::hash(words.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString namedKey(const QString &name) { return QStringLiteral("import.invoices.mapping.") + name.trimmed(); }

QStringList columnValues(const CsvTable &table, int column)
{
    QStringList values;
    if (column < 0)
        return values;
    for (const QStringList &row : table.rows)
        if (column < row.size())
            values << row.at(column);
    return values;
}
}  // namespace

QList<ImportField> importFields() { return QList<ImportField>(kFields.begin(), kFields.end()); }

QString importFieldKey(ImportField f)
{
    switch (f) {
    case ImportField::Number: return QStringLiteral("number");
    case ImportField::Client: return QStringLiteral("client");
    case ImportField::IssueDate: return QStringLiteral("issue_date");
    case ImportField::DueDate: return QStringLiteral("due_date");
    case ImportField::AmountIncl: return QStringLiteral("amount_incl");
    case ImportField::AmountExcl: return QStringLiteral("amount_excl");
    case ImportField::Currency: return QStringLiteral("currency");
    case ImportField::ServiceDate: return QStringLiteral("service_date");
    case ImportField::Notes: return QStringLiteral("notes");
    case ImportField::Object: return QStringLiteral("object");
    case ImportField::ClientEmail: return QStringLiteral("client_email");
    case ImportField::ClientSiret: return QStringLiteral("client_siret");
    case ImportField::ClientVat: return QStringLiteral("client_vat");
    }
    return {};
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (ImportField f : kFields)
        if (importFieldKey(f) == key)
            return f;
    return std::nullopt;
}

QString importFieldLabel(ImportField f)
{
    switch (f) {
    case ImportField::Number: return Tr::tr("Invoice number");
    case ImportField::Client: return Tr::tr("Client");
    case ImportField::IssueDate: return Tr::tr("Issue date");
    case ImportField::DueDate: return Tr::tr("Due date");
    case ImportField::AmountIncl: return Tr::tr("Amount incl. VAT");
    case ImportField::AmountExcl: return Tr::tr("Amount excl. VAT");
    case ImportField::Currency: return Tr::tr("Currency");
    case ImportField::ServiceDate: return Tr::tr("Service date");
    case ImportField::Notes: return Tr::tr("Notes");
    case ImportField::Object: return Tr::tr("Object (what it is for)");
    case ImportField::ClientEmail: return Tr::tr("Client's e-mail");
    case ImportField::ClientSiret: return Tr::tr("Client's SIRET");
    case ImportField::ClientVat: return Tr::tr("Client's VAT number");
    }
    return {};
}

QString ColumnMapping::toJson() const
{
    QJsonObject columnsJson;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsJson.insert(importFieldKey(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("columns"), columnsJson},
                                                       {QStringLiteral("decimal"), decimalMark == DecimalMark::Comma
                                                                                       ? QStringLiteral("comma")
                                                                                       : QStringLiteral("point")},
                                                       {QStringLiteral("dates"), int(dateFormat)},
                                                       {QStringLiteral("create_clients"), createClients}})
                                 .toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QString &json)
{
    ColumnMapping m;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject columnsJson = o.value(QStringLiteral("columns")).toObject();
    for (auto it = columnsJson.begin(); it != columnsJson.end(); ++it)
        if (const auto f = importFieldFromKey(it.key()))
            m.columns.insert(*f, it.value().toInt());
    m.decimalMark = o.value(QStringLiteral("decimal")).toString() == QLatin1String("point") ? DecimalMark::Point
                                                                                            : DecimalMark::Comma;
    m.dateFormat = DateFormat(std::clamp(o.value(QStringLiteral("dates")).toInt(), 0, 5));
    m.createClients = o.value(QStringLiteral("create_clients")).toBool();
    return m;
}

ColumnMapping InvoiceImportService::mappingFor(const CsvTable &table, const QString &name) const
{
    const SettingsRepository settings(m_db);
    const QString saved = settings.value(name.isEmpty() ? layoutKey(table) : namedKey(name));
    if (!saved.isEmpty())
        return ColumnMapping::fromJson(saved);
    ColumnMapping m;
    const QList<ImportField> fields = importFields();
    // Exact words first, then a header that contains a field's word ("Montant TTC (€)").
    for (int pass = 0; pass < 2; ++pass)
        for (ImportField f : fields) {
            if (m.columns.contains(f))
                continue;
            for (int c = 0; c < table.header.size(); ++c) {
                const QString h = normalisedHeader(table.header.at(c));
                if (h.isEmpty() || std::find(m.columns.cbegin(), m.columns.cend(), c) != m.columns.cend())
                    continue;
                const QStringList words = synonyms(f);
                const bool matches =
                    pass == 0 ? words.contains(h) : std::any_of(words.cbegin(), words.cend(), [&](const QString &w) {
                        return w.size() >= 3 && h.contains(w);
                    });
                if (matches) {
                    m.columns.insert(f, c);
                    break;
                }
            }
        }
    QStringList amounts = columnValues(table, m.column(ImportField::AmountIncl));
    amounts += columnValues(table, m.column(ImportField::AmountExcl));
    m.decimalMark = guessDecimalMark(amounts);
    QStringList dates = columnValues(table, m.column(ImportField::IssueDate));
    dates += columnValues(table, m.column(ImportField::DueDate));
    m.dateFormat = guessDateFormat(dates);
    return m;
}

Status InvoiceImportService::saveMapping(const CsvTable &table, const ColumnMapping &mapping, const QString &name) const
{
    Transaction tx(m_db);
    if (Status s = SettingsRepository(m_db).setValue(layoutKey(table), mapping.toJson()); !s)
        return s;
    if (!name.trimmed().isEmpty())
        if (Status s = SettingsRepository(m_db).setValue(namedKey(name), mapping.toJson()); !s)
            return s;
    return tx.commit();
}

ImportPreview InvoiceImportService::preview(const CsvTable &table, const ColumnMapping &mapping,
                                            const QString &fileName) const
{
    ImportPreview p;
    const auto problem = [&](int line, const QString &field, const QString &message) {
        p.problems << Error(message, field).at(fileName, line);
    };
    for (ImportField required :
         {ImportField::Number, ImportField::Client, ImportField::IssueDate, ImportField::AmountIncl})
        if (mapping.column(required) < 0)
            problem(1, importFieldKey(required),
                    Tr::tr("no column is mapped to \"%1\"").arg(importFieldLabel(required)));
    if (!p.problems.isEmpty())
        return p;

    // What is already there, read once: the file may have 10,000 rows.
    QHash<QString, Client> clients;  // by lower-case name
    for (const Client &c : ClientRepository(m_db).all())
        clients.insert(c.name.toLower(), c);
    struct Existing
    {
        QString client;
        qint64 amount;
        QDate issued;
    };
    QHash<QString, Existing> existing;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT i.number, c.name, i.amount_incl_cents, i.issue_date FROM invoices i "
                              "JOIN clients c ON c.id = i.client_id")))
        while (q.next())
            existing.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong(),
                                                    QDate::fromString(q.value(3).toString(), Qt::ISODate)});

    QHash<QString, int> numbersInFile;
    QHash<QString, int> newClientIndex;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = r < table.lines.size() ? table.lines.at(r) : int(r) + 2;
        const auto cell = [&](ImportField f) {
            const int c = mapping.column(f);
            return c >= 0 && c < row.size() ? row.at(c).simplified() : QString();
        };
        const int before = int(p.problems.size());
        Invoice inv;
        inv.number = cell(ImportField::Number);
        inv.clientName = cell(ImportField::Client);
        if (inv.number.isEmpty())
            problem(line, QStringLiteral("number"), Tr::tr("the invoice number is empty"));
        else if (numbersInFile.contains(inv.number))
            problem(line, QStringLiteral("number"),
                    Tr::tr("invoice %1 is already on line %2").arg(inv.number).arg(numbersInFile.value(inv.number)));
        else
            numbersInFile.insert(inv.number, line);
        if (inv.clientName.isEmpty())
            problem(line, QStringLiteral("client"), Tr::tr("the client is empty"));
        const auto dateOf = [&](ImportField f, QDate &out, bool required) {
            const QString text = cell(f);
            if (text.isEmpty()) {
                if (required)
                    problem(line, importFieldKey(f), Tr::tr("the %1 is empty").arg(importFieldLabel(f).toLower()));
                return;
            }
            const Result<QDate> d = parseDate(text, mapping.dateFormat);
            if (d)
                out = *d;
            else
                problem(line, importFieldKey(f), d.error().message);
        };
        dateOf(ImportField::IssueDate, inv.issueDate, true);
        dateOf(ImportField::DueDate, inv.dueDate, false);
        dateOf(ImportField::ServiceDate, inv.serviceDate, false);
        const Result<qint64> incl = parseAmountCents(cell(ImportField::AmountIncl), mapping.decimalMark);
        if (incl)
            inv.amountInclCents = *incl;
        else
            problem(line, QStringLiteral("amount_incl"), incl.error().message);
        inv.amountExclCents = inv.amountInclCents;
        if (!cell(ImportField::AmountExcl).isEmpty()) {
            const Result<qint64> excl = parseAmountCents(cell(ImportField::AmountExcl), mapping.decimalMark);
            if (excl)
                inv.amountExclCents = *excl;
            else
                problem(line, QStringLiteral("amount_excl"), excl.error().message);
        }
        if (!cell(ImportField::Currency).isEmpty())
            inv.currency = cell(ImportField::Currency).toUpper();
        inv.notes = cell(ImportField::Notes);
        inv.object = cell(ImportField::Object);
        if (int(p.problems.size()) > before)
            continue;

        const auto client = clients.constFind(inv.clientName.toLower());
        if (client != clients.cend()) {
            inv.clientId = client->id;
            inv.clientName = client->name;
        } else if (!mapping.createClients) {
            problem(line, QStringLiteral("client"),
                    Tr::tr("no client is named \"%1\" (create the clients with the import, or add it first)")
                        .arg(inv.clientName));
            continue;
        } else if (!newClientIndex.contains(inv.clientName.toLower())) {
            Client c;
            c.name = inv.clientName;
            c.email = cell(ImportField::ClientEmail);
            c.sirenSiret = cell(ImportField::ClientSiret);
            c.vatNumber = cell(ImportField::ClientVat);
            if (Status valid = ClientService::validate(c); !valid) {
                problem(line, QStringLiteral("client_") + valid.error().field, valid.error().message);
                continue;
            }
            newClientIndex.insert(inv.clientName.toLower(), int(p.newClients.size()));
            p.newClients << c;
            p.newClientLines << line;
        }
        if (!inv.dueDate.isValid() && inv.issueDate.isValid())
            inv.dueDate = inv.issueDate.addDays(client != clients.cend() ? client->paymentTermsDays : 30);
        Invoice check = inv;
        check.clientId = std::max<qint64>(inv.clientId, 1);  // a client to create counts as chosen
        if (Status valid = InvoiceService::validate(check); !valid) {
            problem(line, valid.error().field, valid.error().message);
            continue;
        }
        if (const auto same = existing.constFind(inv.number); same != existing.cend()) {
            if (same->client.compare(inv.clientName, Qt::CaseInsensitive) == 0 && same->amount == inv.amountInclCents &&
                same->issued == inv.issueDate)
                ++p.unchanged;
            else
                problem(line, QStringLiteral("number"),
                        Tr::tr("invoice %1 already exists with other values (%2, %3, issued %4)")
                            .arg(inv.number, same->client, Money(same->amount, inv.currency).toString(),
                                 same->issued.toString(Qt::ISODate)));
            continue;
        }
        p.toAdd << inv;
        p.toAddLines << line;
    }
    return p;
}

Result<ImportReport> InvoiceImportService::import(const CsvTable &table, const ColumnMapping &mapping,
                                                  const QString &fileName) const
{
    const ImportPreview p = preview(table, mapping, fileName);
    if (!p.ok()) {
        Error first = p.problems.first();
        if (p.problems.size() > 1)
            first.message +=
                Tr::tr(" (and %n other problem(s); nothing was imported)", nullptr, int(p.problems.size()) - 1);
        return first;
    }
    Transaction tx(m_db);
    QHash<QString, qint64> created;
    for (qsizetype i = 0; i < p.newClients.size(); ++i) {
        const Result<qint64> id = ClientRepository(m_db).insert(p.newClients.at(i));
        if (!id)
            return Error(id.error().message, QStringLiteral("client")).at(fileName, p.newClientLines.at(i));
        created.insert(p.newClients.at(i).name.toLower(), *id);
    }
    const InvoiceRepository invoices(m_db);
    for (qsizetype i = 0; i < p.toAdd.size(); ++i) {
        Invoice inv = p.toAdd.at(i);
        if (inv.clientId == 0)
            inv.clientId = created.value(inv.clientName.toLower());
        if (const Result<qint64> id = invoices.insert(inv); !id)
            return Error(id.error().message, QStringLiteral("number")).at(fileName, p.toAddLines.at(i));
    }
    if (Status s = saveMapping(table, mapping); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    ImportReport report{int(p.toAdd.size()), p.unchanged, int(p.newClients.size()), {}};
    for (const Client &c : p.newClients)
        if (c.address.trimmed().isEmpty() || c.city.trimmed().isEmpty())
            report.clientsWithoutAddress << c.name;
    return report;
}

}  // namespace relance
