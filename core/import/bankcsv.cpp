#include "bankcsv.h"

#include "columnformats.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cstdlib>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BankCsv)
};

enum class Column { Date, ValueDate, Label, Detail, Amount, Debit, Credit, Currency, Reference, Counterparty };

// Header words of French and English bank exports, normalised (see normalisedHeader).
const QHash<QString, Column> &headerWords()
{
    static const QHash<QString, Column> words = [] {
        QHash<QString, Column> w;
        const auto add = [&w](Column c, std::initializer_list<const char *> list) {
            for (const char *s : list)
                w.insert(QString::fromLatin1(s), c);
        };
        add(Column::Date, {"date", "dateoperation", "datedoperation", "datecomptable", "bookingdate", "transactiondate",
                           "dateoperationcomptable"});
        add(Column::ValueDate, {"datevaleur", "datedevaleur", "valuedate"});
        add(Column::Label, {"label", "libelle", "libelleoperation", "libelledeloperation", "description", "wording",
                            "intitule", "nature", "natureoperation"});
        add(Column::Detail, {"detail", "details", "informationscomplementaires", "communication", "remittance", "motif",
                             "referenceclient"});
        add(Column::Amount, {"amount", "montant", "montanteur", "montanteneuros", "montantoperation"});
        add(Column::Debit, {"debit", "debits", "montantdebit", "debiteur", "sortie", "sorties"});
        add(Column::Credit, {"credit", "credits", "montantcredit", "crediteur", "entree", "entrees"});
        add(Column::Currency, {"currency", "devise", "monnaie"});
        add(Column::Reference, {"operationnumber", "reference", "referenceoperation", "numerooperation",
                                "numerodoperation", "transactionid", "idoperation"});
        add(Column::Counterparty, {"partnername", "tiers", "contrepartie", "counterparty", "payer", "emetteur",
                                   "donneurdordre", "beneficiaire"});
        return w;
    }();
    return words;
}

QHash<Column, int> columnsOf(const QStringList &cells)
{
    QHash<Column, int> found;
    for (int i = 0; i < cells.size(); ++i) {
        const auto it = headerWords().constFind(normalisedHeader(cells.at(i)));
        if (it != headerWords().cend() && !found.contains(*it))
            found.insert(*it, i);
    }
    return found;
}

bool isHeader(const QHash<Column, int> &columns)
{
    return columns.contains(Column::Date) &&
           (columns.contains(Column::Amount) || columns.contains(Column::Debit) || columns.contains(Column::Credit));
}

QString joined(const QStringList &cells) { return cells.join(QLatin1Char(' ')).simplified(); }

bool isEmptyRow(const QStringList &cells) { return joined(cells).isEmpty(); }

// "Balance at end of period", "Solde au 02/04/2020", "Solde initial": which one, if it is one.
enum class BalanceKind { None, Opening, Closing };
BalanceKind balanceKind(const QStringList &cells)
{
    const QString text = normalisedHeader(joined(cells));
    if (!text.contains(QLatin1String("balance")) && !text.contains(QLatin1String("solde")))
        return BalanceKind::None;
    static const QRegularExpression opening(
        QStringLiteral("start|opening|debut|initial|ouverture|precedent|anterieur"));
    return opening.match(text).hasMatch() ? BalanceKind::Opening : BalanceKind::Closing;
}

// The last cell of a balance line that reads as an amount.
std::optional<qint64> balanceAmount(const QStringList &cells)
{
    for (qsizetype i = cells.size() - 1; i >= 0; --i) {
        const QString cell = cells.at(i).trimmed();
        if (cell.isEmpty())
            continue;
        const Result<qint64> cents = parseAmountCents(cell, guessDecimalMark({cell}));
        if (cents)
            return *cents;
    }
    return std::nullopt;
}

// "Account Number : 0808…", "Numéro de compte : …", "IBAN : FR76…" and a lone ": EUR".
void readMetadata(const QStringList &cells, BankStatement &statement)
{
    static const QRegularExpression account(
        QStringLiteral("(?:account number|num[ée]ro de compte|n° de compte|compte|iban)\\s*:\\s*([A-Z0-9 ]{5,})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression currency(QStringLiteral("^(?:devise|currency|monnaie)?\\s*:\\s*([A-Z]{3})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QString &cell : cells) {
        if (const QRegularExpressionMatch m = account.match(cell); m.hasMatch() && statement.account.isEmpty())
            statement.account = m.captured(1).remove(QLatin1Char(' '));
        if (const QRegularExpressionMatch m = currency.match(cell.trimmed()); m.hasMatch())
            statement.currency = m.captured(1).toUpper();
    }
}

Error cellError(const QString &message, const QString &column, const QString &fileName, int line)
{
    return Error(message, column).at(fileName, line);
}
}  // namespace

Result<QList<BankStatement>> readBankCsv(const QByteArray &bytes, const QString &fileName)
{
    CsvOptions options;
    options.hasHeader = false;
    const Result<CsvTable> read = readCsv(bytes, fileName, options);
    if (!read)
        return read.error();
    const CsvTable &table = *read;

    qsizetype headerRow = -1;
    QHash<Column, int> columns;
    for (qsizetype r = 0; r < table.rows.size() && headerRow < 0; ++r) {
        columns = columnsOf(table.rows.at(r));
        if (isHeader(columns))
            headerRow = r;
    }
    if (headerRow < 0)
        return Error(Tr::tr("this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940, or a CSV "
                            "with a date column and an amount, debit or credit column)"),
                     QStringLiteral("file"))
            .at(fileName, 1);
    const QStringList header = table.rows.at(headerRow);
    const auto cell = [&columns](const QStringList &row, Column c) {
        return columns.contains(c) ? row.value(columns.value(c)).trimmed() : QString();
    };
    const auto columnName = [&](Column c) { return header.value(columns.value(c)).trimmed(); };

    BankStatement statement;
    statement.format = QStringLiteral("csv");
    for (qsizetype r = 0; r < headerRow; ++r) {
        readMetadata(table.rows.at(r), statement);
        if (const BalanceKind kind = balanceKind(table.rows.at(r)); kind != BalanceKind::None)
            (kind == BalanceKind::Opening ? statement.openingCents : statement.closingCents) =
                balanceAmount(table.rows.at(r));
    }

    // Movements: the rows after the header that are not balances or blank. The date and decimal
    // formats are guessed from the whole column, so that 01/04/20 is read like its neighbours.
    QList<qsizetype> movements;
    QStringList dates, valueDates;
    QHash<Column, QStringList> amounts;
    for (qsizetype r = headerRow + 1; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        if (isEmptyRow(row))
            continue;
        if (const BalanceKind kind = balanceKind(row); kind != BalanceKind::None) {
            (kind == BalanceKind::Opening ? statement.openingCents : statement.closingCents) = balanceAmount(row);
            continue;
        }
        movements << r;
        dates << cell(row, Column::Date);
        valueDates << cell(row, Column::ValueDate);
        for (Column c : {Column::Amount, Column::Debit, Column::Credit})
            if (!cell(row, c).isEmpty())
                amounts[c] << cell(row, c);
    }
    const DateFormat dateFormat = guessDateFormat(dates);
    const DateFormat valueDateFormat = guessDateFormat(valueDates);
    QHash<Column, DecimalMark> marks;
    for (Column c : {Column::Amount, Column::Debit, Column::Credit})
        marks.insert(c, guessDecimalMark(amounts.value(c)));

    for (const qsizetype r : movements) {
        const QStringList &row = table.rows.at(r);
        const int line = table.lines.at(r);
        BankTransaction t;
        const Result<QDate> date = parseDate(cell(row, Column::Date), dateFormat);
        if (!date)
            return cellError(date.error().message, columnName(Column::Date), fileName, line);
        t.bookingDate = *date;
        t.valueDate = *date;
        if (!cell(row, Column::ValueDate).isEmpty()) {
            const Result<QDate> value = parseDate(cell(row, Column::ValueDate), valueDateFormat);
            if (!value)
                return cellError(value.error().message, columnName(Column::ValueDate), fileName, line);
            t.valueDate = *value;
        }
        bool hasAmount = false;
        for (Column c : {Column::Amount, Column::Debit, Column::Credit}) {
            const QString text = cell(row, c);
            if (text.isEmpty())
                continue;
            const Result<qint64> cents = parseAmountCents(text, marks.value(c));
            if (!cents)
                return cellError(cents.error().message, columnName(c), fileName, line);
            // A debit column may or may not carry the minus sign: it is money out either way.
            t.amountCents += c == Column::Debit ? -std::abs(*cents) : c == Column::Credit ? std::abs(*cents) : *cents;
            hasAmount = true;
        }
        if (!hasAmount)
            return cellError(Tr::tr("the movement has no amount"),
                             columnName(columns.contains(Column::Amount) ? Column::Amount : Column::Credit), fileName,
                             line);
        t.currency = cell(row, Column::Currency).toUpper();
        if (t.currency.isEmpty())
            t.currency = statement.currency.isEmpty() ? QStringLiteral("EUR") : statement.currency;
        else if (static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$")); !code.match(t.currency).hasMatch())
            return cellError(Tr::tr("\"%1\" is not a currency code").arg(t.currency), columnName(Column::Currency),
                             fileName, line);
        t.counterparty = cell(row, Column::Counterparty);
        t.remittance = joined({cell(row, Column::Label), cell(row, Column::Detail)});
        t.bankReference = cell(row, Column::Reference);
        statement.transactions << t;
    }
    if (statement.currency.isEmpty() && !statement.transactions.isEmpty())
        statement.currency = statement.transactions.first().currency;
    return QList<BankStatement>{statement};
}

}  // namespace relance
