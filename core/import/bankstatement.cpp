#include "bankstatement.h"

#include "guardedxml.h"

#include "bankcsv.h"
#include "csvreader.h"
#include "einvoice.h"
#include "inputfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BankStatement)
};

Error fileError(const QString &message, const QString &fileName, int line)
{
    return Error(message, QStringLiteral("file")).at(fileName, line);
}

// "20180507", "20130824080000[-5:EST]", "2022-01-26", "2022-01-26T23:40:40".
QDate compactOrIsoDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 10 && t.at(4) == QLatin1Char('-'))
        return QDate::fromString(t.left(10), Qt::ISODate);
    return QDate::fromString(t.left(8), QStringLiteral("yyyyMMdd"));
}
}  // namespace

Result<QList<BankStatement>> readCamt(const QByteArray &xml, const QString &fileName)
{
    QList<BankStatement> statements;
    GuardedXmlReader reader(xml);
    QStringList path;
    QString text;
    QString format;
    BankStatement *statement = nullptr;
    BankTransaction entry;
    bool inEntry = false;
    QString entryCurrency, indicator, balanceCode, balanceIndicator;
    // Plain values with flags: GCC sees an std::optional read here as maybe uninitialised.
    qint64 entryAmount = 0, balanceAmount = 0;
    bool hasEntryAmount = false, hasBalanceAmount = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            path << name;
            text.clear();
            if (path.size() == 1 && name != QLatin1String("Document"))
                return fileError(Tr::tr("this XML is not an ISO 20022 bank statement (its root is <%1>)").arg(name),
                                 fileName, int(reader.lineNumber()));
            if (path.size() == 2)
                format = name == QLatin1String("BkToCstmrStmt")           ? QStringLiteral("camt.053")
                         : name == QLatin1String("BkToCstmrDbtCdtNtfctn") ? QStringLiteral("camt.054")
                         : name == QLatin1String("BkToCstmrAcctRpt")      ? QStringLiteral("camt.052")
                                                                          : QString();
            if (path.size() == 3 &&
                (name == QLatin1String("Stmt") || name == QLatin1String("Ntfctn") || name == QLatin1String("Rpt"))) {
                statements.append(BankStatement{});
                statement = &statements.last();
                statement->format = format;
            }
            if (statement && path.size() == 4 && name == QLatin1String("Ntry")) {
                entry = BankTransaction{};
                inEntry = true;
                hasEntryAmount = false;
                indicator.clear();
            }
            if (statement && path.size() == 4 && name == QLatin1String("Bal")) {
                balanceCode.clear();
                balanceIndicator.clear();
                hasBalanceAmount = false;
            }
            if (name == QLatin1String("Amt") && inEntry && path.size() == 5)
                entryCurrency = reader.attributes().value(QStringLiteral("Ccy")).toString();
            if (name == QLatin1String("Amt") && !inEntry && statement && path.size() == 5 &&
                path.at(3) == QLatin1String("Bal"))
                statement->currency = reader.attributes().value(QStringLiteral("Ccy")).toString();
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QString joined = path.mid(3).join(QLatin1Char('/'));
            const QString value = text.simplified();
            if (statement) {
                if (joined == QLatin1String("Acct/Id/IBAN") || joined == QLatin1String("Acct/Id/Othr/Id"))
                    statement->account = value;
                if (joined == QLatin1String("Acct/Ccy") && statement->currency.isEmpty())
                    statement->currency = value;
                if (joined == QLatin1String("Bal/Tp/CdOrPrtry/Cd"))
                    balanceCode = value;
                if (joined == QLatin1String("Bal/Amt")) {
                    const auto amount = parseXmlAmountCents(value);
                    hasBalanceAmount = amount.has_value();
                    balanceAmount = amount.value_or(0);
                }
                if (joined == QLatin1String("Bal/CdtDbtInd"))
                    balanceIndicator = value;
                if (joined == QLatin1String("Bal") && hasBalanceAmount) {
                    const qint64 signedAmount =
                        balanceIndicator == QLatin1String("DBIT") ? -balanceAmount : balanceAmount;
                    if (balanceCode == QLatin1String("OPBD") || balanceCode == QLatin1String("PRCD"))
                        statement->openingCents = signedAmount;
                    if (balanceCode == QLatin1String("CLBD"))
                        statement->closingCents = signedAmount;
                }
            }
            if (inEntry) {
                if (joined == QLatin1String("Ntry/Amt")) {
                    const auto amount = parseXmlAmountCents(value);
                    hasEntryAmount = amount.has_value();
                    entryAmount = amount.value_or(0);
                    if (!hasEntryAmount)
                        return fileError(Tr::tr("\"%1\" is not an amount").arg(value), fileName,
                                         int(reader.lineNumber()));
                }
                if (joined == QLatin1String("Ntry/CdtDbtInd"))
                    indicator = value;
                if (joined == QLatin1String("Ntry/RvslInd"))
                    entry.reversal = value == QLatin1String("true");
                if (joined == QLatin1String("Ntry/BookgDt/Dt") || joined == QLatin1String("Ntry/BookgDt/DtTm"))
                    entry.bookingDate = compactOrIsoDate(value);
                if (joined == QLatin1String("Ntry/ValDt/Dt") || joined == QLatin1String("Ntry/ValDt/DtTm"))
                    entry.valueDate = compactOrIsoDate(value);
                if (joined == QLatin1String("Ntry/AcctSvcrRef") && entry.bankReference.isEmpty())
                    entry.bankReference = value;
                if (joined.endsWith(QLatin1String("/RmtInf/Ustrd")) ||
                    joined.endsWith(QLatin1String("/RmtInf/Strd/CdtrRefInf/Ref")))
                    entry.remittance += (entry.remittance.isEmpty() ? QString() : QStringLiteral(" ")) + value;
                if (entry.counterparty.isEmpty() && (joined.endsWith(QLatin1String("/RltdPties/Dbtr/Nm")) ||
                                                     joined.endsWith(QLatin1String("/RltdPties/Dbtr/Pty/Nm"))))
                    entry.counterparty = value;
                if (entry.bankReference.isEmpty() && joined.endsWith(QLatin1String("/Refs/AcctSvcrRef")))
                    entry.bankReference = value;
                if (joined.endsWith(QLatin1String("/AddtlNtryInf")) && entry.remittance.isEmpty())
                    entry.remittance = value;
                if (joined == QLatin1String("Ntry")) {
                    inEntry = false;
                    if (!hasEntryAmount || (indicator != QLatin1String("CRDT") && indicator != QLatin1String("DBIT")))
                        return fileError(Tr::tr("an entry has no amount or no credit/debit indicator"), fileName,
                                         int(reader.lineNumber()));
                    entry.amountCents = indicator == QLatin1String("CRDT") ? entryAmount : -entryAmount;
                    entry.currency = entryCurrency;
                    if (!entry.bookingDate.isValid())
                        entry.bookingDate = entry.valueDate;
                    statement->transactions << entry;
                    if (statement->currency.isEmpty())
                        statement->currency = entryCurrency;
                }
            }
            path.removeLast();
            text.clear();
        }
    }
    if (reader.hasError())
        return fileError(reader.errorMessage(), fileName, reader.lineNumber());
    if (statements.isEmpty())
        return fileError(Tr::tr("the file holds no statement (no Stmt or Ntfctn element)"), fileName, 1);
    return statements;
}

Result<QList<BankStatement>> readOfx(const QByteArray &data, const QString &fileName)
{
    const QString text = decodeText(data);
    const qsizetype start = text.indexOf(QStringLiteral("<OFX>"), 0, Qt::CaseInsensitive);
    if (start < 0)
        return fileError(Tr::tr("this is not an OFX file (no <OFX> element)"), fileName, 1);
    // SGML leaves leaf elements unclosed: a tag followed by text is a value; an aggregate is
    // opened by a tag followed by another tag, and closed by its end tag.
    QList<BankStatement> statements;
    BankStatement *statement = nullptr;
    BankTransaction trn;
    bool inTransaction = false;
    QString currencySymbol;
    QStringList open;
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z0-9_.]+)>([^<]*)"));
    auto it = tag.globalMatch(text, start);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toUpper();
        const QString value = m.captured(3).trimmed();
        if (closing) {
            if (name == QLatin1String("STMTTRN") && inTransaction && statement) {
                inTransaction = false;
                if (trn.currency.isEmpty())
                    trn.currency = currencySymbol.isEmpty() ? statement->currency : currencySymbol;
                statement->transactions << trn;
            }
            const qsizetype at = open.lastIndexOf(name);
            if (at >= 0)
                open.resize(at);
            continue;
        }
        if (value.isEmpty()) {  // an aggregate (or an empty leaf, closed right after)
            open << name;
            if (name == QLatin1String("STMTRS") || name == QLatin1String("CCSTMTRS")) {
                statements.append(BankStatement{});
                statement = &statements.last();
                statement->format = QStringLiteral("ofx");
            }
            if (name == QLatin1String("STMTTRN")) {
                trn = BankTransaction{};
                currencySymbol.clear();
                inTransaction = true;
            }
            continue;
        }
        if (!statement)
            continue;
        if (name == QLatin1String("CURDEF"))
            statement->currency = value;
        else if (name == QLatin1String("ACCTID") && statement->account.isEmpty())
            statement->account = value;
        else if (name == QLatin1String("BALAMT") && open.contains(QStringLiteral("LEDGERBAL"))) {
            statement->closingCents = parseXmlAmountCents(QString(value).replace(QLatin1Char(','), QLatin1Char('.')));
        } else if (inTransaction) {
            if (name == QLatin1String("TRNAMT")) {
                const auto amount = parseXmlAmountCents(QString(value).replace(QLatin1Char(','), QLatin1Char('.')));
                if (!amount)
                    return fileError(Tr::tr("\"%1\" is not an amount").arg(value), fileName,
                                     int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1);
                trn.amountCents = *amount;
            } else if (name == QLatin1String("DTPOSTED"))
                trn.bookingDate = compactOrIsoDate(value);
            else if (name == QLatin1String("DTAVAIL") || name == QLatin1String("VALUEDATE"))
                trn.valueDate = compactOrIsoDate(value);
            else if (name == QLatin1String("FITID"))
                trn.bankReference = value;
            else if (name == QLatin1String("NAME"))
                trn.counterparty = value;
            else if (name == QLatin1String("MEMO"))
                trn.remittance = value;
            else if (name == QLatin1String("CURSYM"))
                currencySymbol = value;
        }
    }
    if (statements.isEmpty())
        return fileError(Tr::tr("the OFX file holds no bank or card statement"), fileName, 1);
    return statements;
}

Result<QList<BankStatement>> readMt940(const QByteArray &data, const QString &fileName)
{
    const QStringList lines = decodeText(data).split(QRegularExpression(QStringLiteral("\\r?\\n")));
    // Fields: a tag and its text, continuation lines joined; each remembers its first line.
    struct Field
    {
        QString tag;
        QString text;
        int line;
    };
    QList<Field> fields;
    static const QRegularExpression fieldStart(QStringLiteral("^:(\\d{2}[A-Z]?):(.*)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QRegularExpressionMatch m = fieldStart.match(line);
        if (m.hasMatch())
            fields.append({m.captured(1), m.captured(2), i + 1});
        else if (line.trimmed() == QLatin1String("-") || line.startsWith(QLatin1Char('{')) ||
                 line.startsWith(QLatin1String("-}")))
            fields.append({QStringLiteral("-"), QString(), i + 1});
        else if (!fields.isEmpty() && !line.trimmed().isEmpty())
            fields.last().text += QLatin1Char('\n') + line;
    }
    static const QRegularExpression balance(QStringLiteral("^([CD])(\\d{6})([A-Z]{3})(\\d+,\\d*)"));
    static const QRegularExpression statementLine(
        QStringLiteral("^(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z]?)(\\d+,\\d*)([A-Z]\\w{3})?([^\\n/]*)(?://([^\\n]*))?"));
    const auto cents = [](const QString &amount) {
        return parseXmlAmountCents(QString(amount).replace(QLatin1Char(','), QLatin1Char('.')));
    };
    QList<BankStatement> statements;
    QString currency;
    bool newStatement = true;
    for (const Field &f : fields) {
        if (f.tag == QLatin1String("-")) {
            newStatement = true;
            continue;
        }
        if (newStatement && (f.tag == QLatin1String("20") || f.tag == QLatin1String("25") ||
                             f.tag.startsWith(QLatin1String("60")) || f.tag == QLatin1String("61"))) {
            statements.append(BankStatement{});
            statements.last().format = QStringLiteral("mt940");
            statements.last().currency = currency;  // a stray line keeps the last currency known
            newStatement = false;
        }
        if (statements.isEmpty())
            continue;
        BankStatement &s = statements.last();
        const QString first = f.text.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (f.tag == QLatin1String("25"))
            s.account = first;
        else if (f.tag.startsWith(QLatin1String("60")) || f.tag.startsWith(QLatin1String("62"))) {
            const QRegularExpressionMatch m = balance.match(first);
            if (!m.hasMatch())
                return fileError(Tr::tr("\"%1\" is not a balance (C or D, date, currency, amount)").arg(first),
                                 fileName, f.line);
            currency = s.currency = m.captured(3);
            const qint64 amount = m.captured(1) == QLatin1String("D") ? -*cents(m.captured(4)) : *cents(m.captured(4));
            (f.tag.startsWith(QLatin1String("60")) ? s.openingCents : s.closingCents) = amount;
            if (f.tag.startsWith(QLatin1String("62")))
                newStatement = true;  // what follows a closing balance belongs to another statement
        } else if (f.tag == QLatin1String("61")) {
            const QRegularExpressionMatch m = statementLine.match(first);
            if (!m.hasMatch())
                return fileError(Tr::tr("\"%1\" is not a statement line (date, C or D, amount...)").arg(first),
                                 fileName, f.line);
            BankTransaction t;
            const QDate value = QDate::fromString(m.captured(1), QStringLiteral("yyMMdd")).addYears(100);
            t.valueDate = value.year() > 2070 ? value.addYears(-100) : value;
            t.bookingDate = t.valueDate;
            if (!m.captured(2).isEmpty()) {
                QDate booked(t.valueDate.year(), m.captured(2).left(2).toInt(), m.captured(2).mid(2).toInt());
                if (booked.isValid())
                    t.bookingDate = booked < t.valueDate.addMonths(-6) ? booked.addYears(1) : booked;
            }
            const QString mark = m.captured(3);
            const qint64 amount = *cents(m.captured(5));
            // A credit, or the reversal of a debit, brings money in.
            t.amountCents = mark == QLatin1String("C") || mark == QLatin1String("RD") ? amount : -amount;
            t.reversal = mark.startsWith(QLatin1Char('R'));
            t.currency = s.currency.isEmpty() ? currency : s.currency;
            t.bankReference = m.captured(8).trimmed();
            if (t.bankReference.isEmpty())
                t.bankReference = m.captured(7).trimmed();
            s.transactions << t;
        } else if (f.tag == QLatin1String("86") && !s.transactions.isEmpty() &&
                   s.transactions.last().remittance.isEmpty()) {
            s.transactions.last().remittance = QString(f.text).replace(QLatin1Char('\n'), QString()).simplified();
        }
    }
    if (statements.isEmpty())
        return fileError(Tr::tr("this is not an MT940 statement (no :20:, :60F: or :61: field)"), fileName, 1);
    return statements;
}

namespace {
// What a statement says of each movement, made safe to store and to print (cleanImportedText):
// SEPA allows 70 characters for a name and 140 for a remittance text; a little more is kept.
Result<QList<BankStatement>> cleaned(Result<QList<BankStatement>> read)
{
    if (!read)
        return read;
    QList<BankStatement> statements = std::move(read).value();
    for (BankStatement &s : statements) {
        s.account = cleanImportedText(s.account, 64);
        for (BankTransaction &t : s.transactions) {
            t.counterparty = cleanImportedText(t.counterparty, 140);
            t.remittance = cleanImportedText(t.remittance, 500);
            t.bankReference = cleanImportedText(t.bankReference, 140);
        }
    }
    return statements;
}

Result<QList<BankStatement>> readAnyStatement(const QByteArray &data, const QString &fileName)
{
    const QByteArray head = data.left(4096);
    if (head.contains("<OFX>") || head.contains("OFXHEADER"))
        return readOfx(data, fileName);
    if (head.trimmed().startsWith("<") || head.startsWith("\xEF\xBB\xBF<"))
        return readCamt(data, fileName);
    if (head.contains(":20:") || head.contains(":60F:") || head.contains(":61:"))
        return readMt940(data, fileName);
    // What is left is a bank's CSV export, or nothing Relance reads (binary files included).
    if (head.contains('\0') || data.trimmed().isEmpty())
        return fileError(Tr::tr("this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940 or CSV)"),
                         fileName, 1);
    return readBankCsv(data, fileName);
}
}  // namespace

Result<QList<BankStatement>> readBankStatementFile(const QByteArray &data, const QString &fileName)
{
    return cleaned(readAnyStatement(data, fileName));
}

}  // namespace relance
