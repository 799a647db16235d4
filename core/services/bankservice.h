#pragma once

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
// invoice, or the sum of one client's open invoices — and confirmed into payments.
class BankService
{
public:
    explicit BankService(const Database &db) : m_db(db) {}

    // All files or none, in one transaction. Errors name the file (and line).
    Result<BankImportReport> import(const QList<InputFile> &files, const QDate &today) const;
    QList<BankCredit> openCredits() const;
    QList<MatchProposal> proposals(const BankCredit &credit) const;
    // The credit becomes a payment spread as `proposal` says; its transaction is matched.
    Result<qint64> confirm(qint64 creditId, const MatchProposal &proposal) const;
    // Confirms every credit whose best proposal is certain (an invoice number and its exact
    // balance, or one of them): the number confirmed.
    Result<int> confirmCertain() const;

private:
    const Database &m_db;
};

// The number below which a proposal is only shown, never confirmed on its own.
constexpr int kCertainMatch = 90;

}  // namespace relance
