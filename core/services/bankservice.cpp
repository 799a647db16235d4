#include "bankservice.h"

#include "domain/paymentreference.h"

#include "agreementservice.h"
#include "domain/dates.h"
#include "paymentservice.h"
#include "storage/agreementrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
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

namespace {
// What matching reads once for a whole list of credits: the open invoices and the active plans.
// Indexed once, so that each credit costs a few lookups and one pass over the invoice numbers.
struct MatchBook
{
    struct Client
    {
        QList<Invoice> invoices;
        qint64 sumCents = 0;
    };
    struct Currency
    {
        QList<Invoice> open;
        QList<QString> squeezedNumbers;           // parallel to `open`
        QHash<qint64, QList<Invoice>> byBalance;  // balance in cents -> invoices
        QHash<qint64, Client> clients;            // client id -> open invoices, their sum
        // The payment references letters print (paymentref): the creditor reference and the
        // Belgian structured communication of each open invoice -> the invoice.
        QHash<QString, Invoice> byCreditorReference;
        QHash<QString, QList<Invoice>> byBelgianDigits;
    };
    QHash<QString, Currency> byCurrency;
    QList<PlanView> plans;
    // The accounts each client's matched credits came in on (empty: none seen yet).
    QHash<qint64, QSet<QString>> accountsByClient;
};

QString belgianKey(const Invoice &inv)
{
    return paymentref::belgianDigits(paymentref::belgianCommunication(inv.number));
}

void addToBook(MatchBook &book, const Invoice &inv)
{
    MatchBook::Currency &c = book.byCurrency[inv.currency];
    c.byCreditorReference.insert(paymentref::creditorReference(inv.number), inv);
    if (const QString be = belgianKey(inv); !be.isEmpty())
        c.byBelgianDigits[be] << inv;
    c.open << inv;
    c.squeezedNumbers << squeezed(inv.number);
    c.byBalance[inv.balance().cents()] << inv;
    MatchBook::Client &client = c.clients[inv.clientId];
    client.invoices << inv;
    client.sumCents += inv.balance().cents();
}

MatchBook readBook(const Database &db, const QDate &asOf)
{
    MatchBook book;
    for (const Invoice &inv : InvoiceRepository(db).openInvoices())
        addToBook(book, inv);
    book.plans = AgreementService(db).activePlans(asOf);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT DISTINCT i.client_id, t.account FROM bank_transactions t "
                           "JOIN allocations a ON a.payment_id = t.payment_id JOIN invoices i ON i.id = a.invoice_id "
                           "WHERE t.status = 'matched' AND t.account <> ''")))
        while (q.next())
            book.accountsByClient[q.value(0).toLongLong()].insert(q.value(1).toString());
    return book;
}

// After a payment: the invoices it paid are read again (a paid one leaves the book), and the
// plans when one of them is in a plan; the rest of the book stays as it was read.
void updateBook(MatchBook &book, const Database &db, const QList<qint64> &paid, const QDate &asOf)
{
    const auto isPaid = [&paid](const Invoice &inv) { return paid.contains(inv.id); };
    for (MatchBook::Currency &c : book.byCurrency) {
        for (qsizetype i = c.open.size() - 1; i >= 0; --i)
            if (isPaid(c.open.at(i))) {
                const Invoice inv = c.open.takeAt(i);
                c.squeezedNumbers.removeAt(i);
                c.byBalance[inv.balance().cents()].removeIf(isPaid);
                MatchBook::Client &client = c.clients[inv.clientId];
                client.invoices.removeIf(isPaid);
                client.sumCents -= inv.balance().cents();
                c.byCreditorReference.remove(paymentref::creditorReference(inv.number));
                c.byBelgianDigits[belgianKey(inv)].removeIf(isPaid);
            }
    }
    for (const qint64 id : paid)
        if (const std::optional<Invoice> inv = InvoiceRepository(db).findById(id); inv && inv->balance().cents() > 0)
            addToBook(book, *inv);
    const bool inPlan = std::any_of(book.plans.cbegin(), book.plans.cend(), [&](const PlanView &v) {
        return std::any_of(paid.cbegin(), paid.cend(), [&](qint64 id) { return v.plan.invoiceIds.contains(id); });
    });
    if (inPlan)
        book.plans = AgreementService(db).activePlans(asOf);
}

// Beyond this many invoices with the very balance of a credit, the amount says little: the
// ones whose client is the payer come first.
constexpr qsizetype kMaxSameBalance = 5;

QList<BankCredit> creditsWithStatus(const Database &db, const QString &status)
{
    return selectRows<BankCredit>(
        db,
        QStringLiteral("SELECT id, booking_date, amount_cents, currency, counterparty, remittance, bank_reference, "
                       "account, source_file FROM bank_transactions WHERE status = ? ORDER BY booking_date, id"),
        {status}, [](const QSqlQuery &q) {
            return BankCredit{q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                              q.value(2).toLongLong(), q.value(3).toString(),
                              q.value(4).toString(),   q.value(5).toString(),
                              q.value(6).toString(),   q.value(7).toString(),
                              q.value(8).toString()};
        });
}

QList<MatchProposal> proposalsIn(const BankCredit &credit, const MatchBook &book)
{
    static const MatchBook::Currency none;
    const auto currency = book.byCurrency.constFind(credit.currency);
    const MatchBook::Currency &in = currency == book.byCurrency.cend() ? none : *currency;
    QList<MatchProposal> found;
    const auto propose = [&](const QList<Invoice> &invoices, const QList<qint64> &amounts, int confidence,
                             const QString &reason) {
        MatchProposal p;
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            if (amounts.at(i) <= 0)
                continue;
            p.invoiceIds << invoices.at(i).id;
            p.invoiceNumbers << invoices.at(i).number;
            p.amountsCents << amounts.at(i);
        }
        p.confidence = confidence;
        p.reason = reason;
        const QLocale locale;
        QSet<qint64> clientsWarned;
        for (const Invoice &inv : invoices) {
            if (credit.date.isValid() && credit.date < inv.issueDate)
                p.warnings << Tr::tr("the credit of %1 is older than invoice %2, issued on %3")
                                  .arg(locale.toString(credit.date, QLocale::ShortFormat), inv.number,
                                       locale.toString(inv.issueDate, QLocale::ShortFormat));
            const QSet<QString> known = book.accountsByClient.value(inv.clientId);
            if (!credit.account.isEmpty() && !known.isEmpty() && !known.contains(credit.account) &&
                !clientsWarned.contains(inv.clientId)) {
                clientsWarned.insert(inv.clientId);
                p.warnings << Tr::tr("%1 never paid into account %2 before").arg(inv.clientName, credit.account);
            }
        }
        if (!p.warnings.isEmpty())
            p.confidence = std::max(1, std::min(p.confidence - 30, kCertainMatch - 1));
        for (const MatchProposal &other : found)
            if (other.invoiceIds == p.invoiceIds)
                return;
        if (!p.invoiceIds.isEmpty())
            found << p;
    };
    const QString text = squeezed(credit.remittance + QLatin1Char(' ') + credit.bankReference);
    const auto named = [&](qsizetype i) {
        const QString &number = in.squeezedNumbers.at(i);
        return number.size() >= 3 && text.contains(number);
    };

    // 1. What an active payment plan expects next: the next instalment, or it and the ones after.
    for (const PlanView &view : book.plans) {
        if (view.plan.currency != credit.currency || view.progress.nextDue() < 0)
            continue;
        QList<Invoice> invoices;
        qsizetype namedCount = 0;
        for (const qint64 id : view.plan.invoiceIds)
            for (qsizetype i = 0; i < in.open.size(); ++i)
                if (in.open.at(i).id == id) {
                    invoices << in.open.at(i);
                    namedCount += named(i) ? 1 : 0;
                }
        if (invoices.isEmpty())
            continue;
        const int first = view.progress.nextDue();
        qint64 owed = 0;
        for (int last = first; last < view.progress.instalments.size(); ++last) {
            const InstalmentProgress &step = view.progress.instalments.at(last);
            owed += step.due.cents - step.paidCents;
            if (owed != credit.amountCents)
                continue;
            // Spread over the plan's invoices, oldest first; what is left (the interest the plan
            // kept) goes to the last one.
            QList<qint64> amounts;
            qint64 left = credit.amountCents;
            for (const Invoice &inv : invoices) {
                amounts << std::min(left, inv.balance().cents());
                left -= amounts.last();
            }
            amounts.last() += left;
            const bool payer = sameName(view.plan.clientName, credit.counterparty);
            const bool number = namedCount > 0;
            const int total = int(view.progress.instalments.size());
            propose(
                invoices, amounts, std::min(97, (payer ? 90 : 55) + (number ? 5 : 0)),
                last == first
                    ? Tr::tr("instalment %1 of %2 of the payment plan").arg(first + 1).arg(total)
                    : Tr::tr("instalments %1 to %2 of %3 of the payment plan").arg(first + 1).arg(last + 1).arg(total));
            break;
        }
    }
    // 2. A payment reference from a letter: the creditor reference ("RF16 F202 6041") or the
    // Belgian structured communication of the first invoice a letter named. The amount says
    // which invoices it pays: that one, or it and the client's next ones by due date (a letter
    // about several invoices, a statement), or a part of it.
    {
        const QString raw = credit.remittance + QLatin1Char(' ') + credit.bankReference;
        QList<Invoice> referenced;
        const auto add = [&referenced](const Invoice &inv) {
            if (std::none_of(referenced.cbegin(), referenced.cend(), [&](const Invoice &r) { return r.id == inv.id; }))
                referenced << inv;
        };
        for (const QString &rf : paymentref::creditorReferencesIn(raw))
            if (const auto it = in.byCreditorReference.constFind(rf); it != in.byCreditorReference.cend())
                add(*it);
        for (const QString &digits : paymentref::belgianCommunicationsIn(raw))
            for (const Invoice &inv : in.byBelgianDigits.value(digits))
                add(inv);
        // Two invoices behind one Belgian communication (their numbers share their digits): no
        // certainty.
        const int top = referenced.size() == 1 ? 99 : 85;
        for (const Invoice &first : std::as_const(referenced)) {
            if (first.balance().cents() == credit.amountCents) {
                propose({first}, {credit.amountCents}, top, Tr::tr("the payment reference and the balance"));
                continue;
            }
            QList<Invoice> following = in.clients.value(first.clientId).invoices;
            std::stable_sort(following.begin(), following.end(), [](const Invoice &a, const Invoice &b) {
                return std::tie(a.dueDate, a.number) < std::tie(b.dueDate, b.number);
            });
            following.erase(following.begin(), std::find_if(following.begin(), following.end(),
                                                            [&](const Invoice &inv) { return inv.id == first.id; }));
            QList<Invoice> paidTogether;
            QList<qint64> amounts;
            qint64 sum = 0;
            for (const Invoice &inv : following) {
                paidTogether << inv;
                amounts << inv.balance().cents();
                sum += inv.balance().cents();
                if (sum >= credit.amountCents)
                    break;
            }
            if (sum == credit.amountCents && paidTogether.size() > 1)
                propose(paidTogether, amounts, top, Tr::tr("the payment reference and the balances it covers"));
            else if (credit.amountCents < first.balance().cents())
                propose({first}, {credit.amountCents}, std::min(top, 90),
                        Tr::tr("the payment reference, paid in part"));
            else
                propose({first}, {first.balance().cents()}, 70,
                        Tr::tr("the payment reference; more was paid than is owed"));
        }
    }
    // 3. Invoice numbers written in the remittance text.
    QList<Invoice> namedInvoices;
    for (qsizetype i = 0; i < in.open.size(); ++i)
        if (named(i))
            namedInvoices << in.open.at(i);
    if (!namedInvoices.isEmpty()) {
        qint64 balances = 0;
        for (const Invoice &inv : namedInvoices)
            balances += inv.balance().cents();
        QList<qint64> amounts;
        qint64 left = credit.amountCents;
        for (const Invoice &inv : namedInvoices) {
            amounts << std::min(left, inv.balance().cents());
            left -= amounts.last();
        }
        if (balances == credit.amountCents)
            propose(namedInvoices, amounts, 98, Tr::tr("the invoice number and its balance"));
        else if (credit.amountCents < balances)
            propose(namedInvoices, amounts, 80, Tr::tr("the invoice number, paid in part"));
        else
            propose(namedInvoices, amounts, 60, Tr::tr("the invoice number; more was paid than is owed"));
    }
    // 4. The exact balance of one invoice (surer when the payer is its client).
    QList<Invoice> sameBalance = in.byBalance.value(credit.amountCents);
    std::stable_partition(sameBalance.begin(), sameBalance.end(),
                          [&](const Invoice &inv) { return sameName(inv.clientName, credit.counterparty); });
    for (const Invoice &inv : sameBalance.mid(0, kMaxSameBalance))
        propose({inv}, {credit.amountCents}, sameName(inv.clientName, credit.counterparty) ? 85 : 50,
                sameName(inv.clientName, credit.counterparty) ? Tr::tr("the client and the exact balance")
                                                              : Tr::tr("the exact balance of one invoice"));
    // 5. The sum of one client's open invoices.
    for (const MatchBook::Client &client : in.clients) {
        if (client.invoices.size() < 2 || client.sumCents != credit.amountCents)
            continue;
        QList<qint64> amounts;
        for (const Invoice &inv : client.invoices)
            amounts << inv.balance().cents();
        propose(client.invoices, amounts, sameName(client.invoices.first().clientName, credit.counterparty) ? 75 : 40,
                Tr::tr("the sum of the client's open invoices"));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const MatchProposal &a, const MatchProposal &b) { return a.confidence > b.confidence; });
    return found;
}
}  // namespace

QList<Invoice> BankService::candidates(const BankCredit &credit, const QDate &asOf) const
{
    const MatchBook book = readBook(m_db, asOf);
    QList<Invoice> open = book.byCurrency.value(credit.currency).open;
    QHash<qint64, int> proposed;  // invoice id -> rank of the first proposal naming it
    const QList<MatchProposal> found = proposalsIn(credit, book);
    for (qsizetype i = 0; i < found.size(); ++i)
        for (const qint64 id : found.at(i).invoiceIds)
            if (!proposed.contains(id))
                proposed.insert(id, int(i));
    const auto rank = [&](const Invoice &inv) {
        if (proposed.contains(inv.id))
            return proposed.value(inv.id);
        if (sameName(inv.clientName, credit.counterparty))
            return 1000;
        return inv.balance().cents() == credit.amountCents ? 2000 : 3000;
    };
    std::stable_sort(open.begin(), open.end(), [&](const Invoice &a, const Invoice &b) {
        const int ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a.dueDate < b.dueDate;
    });
    return open;
}

QList<BankCredit> BankService::openCredits() const { return creditsWithStatus(m_db, QStringLiteral("open")); }

QList<BankCredit> BankService::ignoredCredits() const { return creditsWithStatus(m_db, QStringLiteral("ignored")); }

QList<MatchProposal> BankService::proposals(const BankCredit &credit, const QDate &asOf) const
{
    return proposalsIn(credit, readBook(m_db, asOf));
}

QList<QPair<BankCredit, QList<MatchProposal>>> BankService::openCreditsWithProposals(const QDate &asOf) const
{
    const MatchBook book = readBook(m_db, asOf);
    QList<QPair<BankCredit, QList<MatchProposal>>> result;
    for (const BankCredit &credit : openCredits())
        result.append({credit, proposalsIn(credit, book)});
    return result;
}

Result<qint64> BankService::confirm(qint64 creditId, const MatchProposal &proposal) const
{
    QList<CreditShare> shares;
    for (qsizetype i = 0; i < proposal.invoiceIds.size(); ++i)
        shares.append({proposal.invoiceIds.at(i), proposal.amountsCents.value(i)});
    return assign(creditId, shares);
}

Result<qint64> BankService::assign(qint64 creditId, const QList<CreditShare> &shares) const
{
    const QList<BankCredit> credits = openCredits();
    const auto credit =
        std::find_if(credits.cbegin(), credits.cend(), [&](const BankCredit &c) { return c.id == creditId; });
    if (credit == credits.cend())
        return Error(Tr::tr("bank credit %1 is not waiting to be matched").arg(creditId), QStringLiteral("credit"));
    const InvoiceRepository invoices(m_db);
    const AgreementRepository agreements(m_db);
    Payment p;
    p.date = credit->date;
    p.amountCents = credit->amountCents;
    p.currency = credit->currency;
    p.method = QStringLiteral("transfer");
    p.bankReference = (credit->remittance.isEmpty() ? credit->bankReference : credit->remittance).left(200);
    p.notes = credit->counterparty;
    for (const CreditShare &share : shares) {
        const std::optional<Invoice> inv = invoices.findById(share.invoiceId);
        if (!inv)
            return Error(Tr::tr("invoice %1 does not exist").arg(share.invoiceId), QStringLiteral("invoice"));
        const QList<PaymentPlan> plans = agreements.plansForInvoice(inv->id);
        const bool inPlan = std::any_of(plans.cbegin(), plans.cend(),
                                        [](const PaymentPlan &plan) { return plan.status == PlanStatus::Active; });
        if (share.amountCents > inv->balance().cents() && !inPlan)
            return Error(
                Tr::tr("%1 is more than the %2 invoice %3 still owes")
                    .arg(Money(share.amountCents, inv->currency).toString(), inv->balance().toString(), inv->number),
                QStringLiteral("amount"));
        p.allocations.append({inv->id, inv->number, share.amountCents});
    }
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

Result<int> BankService::confirmCertain(const QDate &asOf) const
{
    int confirmed = 0;
    Transaction tx(m_db);
    MatchBook book = readBook(m_db, asOf);
    for (const BankCredit &credit : openCredits()) {
        const QList<MatchProposal> found = proposalsIn(credit, book);
        // Certain only when nothing else comes close.
        if (found.isEmpty() || found.first().confidence < kCertainMatch ||
            (found.size() > 1 && found.at(1).confidence >= kCertainMatch))
            continue;
        if (const Result<qint64> id = confirm(credit.id, found.first()); !id)
            return id.error();
        ++confirmed;
        // The balances and plans this payment changed are read again for the next credits.
        updateBook(book, m_db, found.first().invoiceIds, asOf);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return confirmed;
}

Status BankService::ignore(qint64 creditId, bool ignored) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bank_transactions SET status = ? WHERE id = ? AND status = ?"));
    q.addBindValue(ignored ? QStringLiteral("ignored") : QStringLiteral("open"));
    q.addBindValue(creditId);
    q.addBindValue(ignored ? QStringLiteral("open") : QStringLiteral("ignored"));
    if (!q.exec())
        return sqlError(q, Tr::tr("Setting the bank credit aside"));
    if (q.numRowsAffected() != 1)
        return Error(Tr::tr("bank credit %1 is not %2")
                         .arg(creditId)
                         .arg(ignored ? Tr::tr("waiting to be matched") : Tr::tr("set aside")),
                     QStringLiteral("credit"));
    return success();
}

}  // namespace relance
