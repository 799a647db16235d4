#include "bankservice.h"

#include "domain/dates.h"
#include "paymentservice.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BankService)
};

// Letters and digits only, upper case: "F-2026-043" is found in "PAIEMENT FACT F2026043".
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text.toUpper())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

bool sameName(const QString &a, const QString &b)
{
    const QString x = squeezed(a), y = squeezed(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
}
}  // namespace

Result<BankImportReport> BankService::import(const QList<InputFile> &files, const QDate &today) const
{
    BankImportReport report;
    Transaction tx(m_db);
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO bank_transactions (identity, account, booking_date, value_date, amount_cents, currency, "
        "counterparty, remittance, bank_reference, source_file, imported_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    for (const InputFile &file : files) {
        const Result<QList<BankStatement>> read = readBankStatementFile(file.bytes, file.name);
        if (!read)
            return read.error();
        QHash<QString, int> seen;  // identical lines of one file are distinct transactions
        for (const BankStatement &s : *read)
            for (const BankTransaction &t : s.transactions) {
                if (!t.isCredit()) {
                    ++report.debitsSkipped;
                    continue;
                }
                if (!t.bookingDate.isValid() || t.currency.size() != 3)
                    return Error(Tr::tr("a credit of %1 has no date or no currency")
                                     .arg(Money(t.amountCents, QStringLiteral("EUR")).toDecimalString()),
                                 QStringLiteral("file"))
                        .at(file.name, 0);
                const bool referenced = !t.bankReference.isEmpty() && t.bankReference != QLatin1String("NONREF");
                QString key =
                    referenced
                        ? QStringList{s.account, t.bankReference, QString::number(t.amountCents)}.join(QLatin1Char('|'))
                        : QStringList{s.account,
                                      dates::iso(t.bookingDate),
                                      QString::number(t.amountCents),
                                      t.currency,
                                      t.remittance,
                                      t.counterparty}
                              .join(QLatin1Char('|'));
                key += QStringLiteral("#%1").arg(seen[key]++);
                insert.addBindValue(
                    QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex()));
                insert.addBindValue(notNull(s.account));
                insert.addBindValue(dates::iso(t.bookingDate));
                insert.addBindValue(nullableDate(t.valueDate));
                insert.addBindValue(t.amountCents);
                insert.addBindValue(t.currency);
                insert.addBindValue(notNull(t.counterparty));
                insert.addBindValue(notNull(t.remittance));
                insert.addBindValue(notNull(t.bankReference));
                insert.addBindValue(notNull(file.name));
                insert.addBindValue(dates::iso(today));
                if (!insert.exec())
                    return sqlError(insert, Tr::tr("Recording the bank statement"));
                if (insert.numRowsAffected() == 1)
                    ++report.creditsAdded;
                else
                    ++report.alreadyThere;
            }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

QList<BankCredit> BankService::openCredits() const
{
    QList<BankCredit> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, booking_date, amount_cents, currency, counterparty, remittance, "
                               "bank_reference, account, source_file FROM bank_transactions WHERE status = 'open' "
                               "ORDER BY booking_date, id")))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                       q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return result;
}

QList<MatchProposal> BankService::proposals(const BankCredit &credit) const
{
    QList<Invoice> open;
    for (const Invoice &inv : InvoiceRepository(m_db).openInvoices())
        if (inv.currency == credit.currency)
            open << inv;
    QList<MatchProposal> found;
    const auto propose = [&](const QList<Invoice> &invoices, const QList<qint64> &amounts, int confidence,
                             const QString &reason) {
        MatchProposal p;
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            p.invoiceIds << invoices.at(i).id;
            p.invoiceNumbers << invoices.at(i).number;
            p.amountsCents << amounts.at(i);
        }
        p.confidence = confidence;
        p.reason = reason;
        for (const MatchProposal &other : found)
            if (other.invoiceIds == p.invoiceIds)
                return;
        found << p;
    };

    // 1. Invoice numbers written in the remittance text.
    const QString text = squeezed(credit.remittance + QLatin1Char(' ') + credit.bankReference);
    QList<Invoice> named;
    for (const Invoice &inv : open)
        if (squeezed(inv.number).size() >= 3 && text.contains(squeezed(inv.number)))
            named << inv;
    if (!named.isEmpty()) {
        qint64 balances = 0;
        for (const Invoice &inv : named)
            balances += inv.balance().cents();
        QList<qint64> amounts;
        qint64 left = credit.amountCents;
        for (const Invoice &inv : named) {
            amounts << std::min(left, inv.balance().cents());
            left -= amounts.last();
        }
        if (balances == credit.amountCents)
            propose(named, amounts, 98, Tr::tr("the invoice number and its balance"));
        else if (credit.amountCents < balances)
            propose(named, amounts, 80, Tr::tr("the invoice number, paid in part"));
        else
            propose(named, amounts, 60, Tr::tr("the invoice number; more was paid than is owed"));
    }
    // 2. The exact balance of one invoice (surer when the payer is its client).
    for (const Invoice &inv : open)
        if (inv.balance().cents() == credit.amountCents)
            propose({inv}, {credit.amountCents}, sameName(inv.clientName, credit.counterparty) ? 85 : 50,
                    sameName(inv.clientName, credit.counterparty) ? Tr::tr("the client and the exact balance")
                                                                  : Tr::tr("the exact balance of one invoice"));
    // 3. The sum of one client's open invoices.
    QHash<qint64, QList<Invoice>> byClient;
    for (const Invoice &inv : open)
        byClient[inv.clientId] << inv;
    for (const QList<Invoice> &invoices : byClient) {
        if (invoices.size() < 2)
            continue;
        qint64 sum = 0;
        QList<qint64> amounts;
        for (const Invoice &inv : invoices) {
            sum += inv.balance().cents();
            amounts << inv.balance().cents();
        }
        if (sum == credit.amountCents)
            propose(invoices, amounts, sameName(invoices.first().clientName, credit.counterparty) ? 75 : 40,
                    Tr::tr("the sum of the client's open invoices"));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const MatchProposal &a, const MatchProposal &b) { return a.confidence > b.confidence; });
    return found;
}

Result<qint64> BankService::confirm(qint64 creditId, const MatchProposal &proposal) const
{
    const QList<BankCredit> credits = openCredits();
    const auto credit =
        std::find_if(credits.cbegin(), credits.cend(), [&](const BankCredit &c) { return c.id == creditId; });
    if (credit == credits.cend())
        return Error(Tr::tr("bank credit %1 is not waiting to be matched").arg(creditId), QStringLiteral("credit"));
    Payment p;
    p.date = credit->date;
    p.amountCents = credit->amountCents;
    p.currency = credit->currency;
    p.method = QStringLiteral("transfer");
    p.bankReference = (credit->remittance.isEmpty() ? credit->bankReference : credit->remittance).left(200);
    p.notes = credit->counterparty;
    for (qsizetype i = 0; i < proposal.invoiceIds.size(); ++i)
        p.allocations.append(
            {proposal.invoiceIds.at(i), proposal.invoiceNumbers.value(i), proposal.amountsCents.value(i)});
    Transaction tx(m_db);
    const Result<qint64> id = PaymentService(m_db).record(p);
    if (!id)
        return id;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bank_transactions SET status = 'matched', payment_id = ? WHERE id = ?"));
    q.addBindValue(*id);
    q.addBindValue(creditId);
    if (!q.exec())
        return sqlError(q, Tr::tr("Matching the bank credit"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<int> BankService::confirmCertain() const
{
    int confirmed = 0;
    Transaction tx(m_db);
    for (const BankCredit &credit : openCredits()) {
        const QList<MatchProposal> found = proposals(credit);
        // Certain only when nothing else comes close.
        if (found.isEmpty() || found.first().confidence < kCertainMatch ||
            (found.size() > 1 && found.at(1).confidence >= kCertainMatch))
            continue;
        if (const Result<qint64> id = confirm(credit.id, found.first()); !id)
            return id.error();
        ++confirmed;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return confirmed;
}

}  // namespace relance
