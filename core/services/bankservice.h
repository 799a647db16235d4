#pragma once

#include "domain/invoice.h"
#include "domain/money.h"
#include "domain/result.h"
#include "import/bankstatement.h"
#include "services/einvoiceimportservice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace relance {

class Database;

// An incoming payment read from a bank statement, waiting to be matched to invoices.
struct BankCredit
{
    qint64 id = 0;
    QDate date;
    qint64 amountCents = 0;
    QString currency;
    QString counterparty;
    QString remittance;
    QString bankReference;
    QString account;
    QString sourceFile;

    Money amount() const { return Money(amountCents, currency); }
};

// Invoices a credit probably pays, with how sure Relance is (0-100) and why.
struct MatchProposal
{
    QList<qint64> invoiceIds;
    QStringList invoiceNumbers;
    QList<qint64> amountsCents;  // per invoice, adding up to the credit (or less: a partial payment)
    int confidence = 0;
    QString reason;
    // What makes it doubtful, said beside it: a credit older than an invoice it would pay, or
    // from an account the client never paid from (the confidence is lowered, never certain).
    QStringList warnings;
};

// What the user decides for one invoice when splitting a credit or assigning it by hand.
struct CreditShare
{
    qint64 invoiceId = 0;
    qint64 amountCents = 0;
};

struct BankImportReport
{
    int creditsAdded = 0;
    int alreadyThere = 0;  // the same transaction imported before (an overlapping statement)
    int debitsSkipped = 0;
};

// Bank statements in, payments out: credits are kept (never twice: each has a stable identity
// built from the account and the bank's reference, or from its date, amount and texts), then
// matched to open invoices — an invoice number in the remittance text, the exact balance of one
// invoice, the sum of one client's open invoices, or what an active payment plan expects next —
// and confirmed into payments. Deleting such a payment gives the credit back.
class BankService
{
public:
    explicit BankService(const Database &db) : m_db(db) {}

    // All files or none, in one transaction. Errors name the file (and line).
    Result<BankImportReport> import(const QList<InputFile> &files, const QDate &today) const;
    QList<BankCredit> openCredits() const;
    QList<BankCredit> ignoredCredits() const;
    // Best first. `asOf` dates the payment plans' progress.
    QList<MatchProposal> proposals(const BankCredit &credit, const QDate &asOf) const;
    // Every open credit with its proposals, reading the invoices and plans once.
    QList<QPair<BankCredit, QList<MatchProposal>>> openCreditsWithProposals(const QDate &asOf) const;
    // The credit becomes a payment spread as `proposal` says; its transaction is matched.
    Result<qint64> confirm(qint64 creditId, const MatchProposal &proposal) const;
    // Split or assigned by hand: open invoices in the credit's currency, each share at most the
    // invoice's balance (a plan's invoice may take more: the interest it agreed to pay), the
    // shares adding up to at most the credit (the rest stays on the payment, unallocated).
    Result<qint64> assign(qint64 creditId, const QList<CreditShare> &shares) const;
    // The open invoices a credit may pay when assigned by hand (its currency), best candidates
    // first: those of its proposals, then the payer's invoices, then the one of the credit's
    // exact balance, then by due date, oldest first.
    QList<Invoice> candidates(const BankCredit &credit, const QDate &asOf) const;
    // Confirms every credit whose best proposal is certain (at least kCertainMatch and no other
    // as sure): the number confirmed.
    Result<int> confirmCertain(const QDate &asOf) const;
    // Not a client's payment (a refund, a transfer between own accounts): kept, out of the list.
    Status ignore(qint64 creditId, bool ignored) const;

private:
    const Database &m_db;
};

// The number below which a proposal is only shown, never confirmed on its own.
constexpr int kCertainMatch = 90;

}  // namespace relance
