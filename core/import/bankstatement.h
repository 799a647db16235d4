#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relance {

// One booked movement of a bank account, as the bank's file states it. A credit (money in) has
// a positive amount.
struct BankTransaction
{
    QDate bookingDate;
    QDate valueDate;
    qint64 amountCents = 0;
    QString currency;
    QString counterparty;   // the payer, for a credit
    QString remittance;     // the payment's reference text
    QString bankReference;  // the bank's own id of the movement, when it gives one
    bool reversal = false;

    bool isCredit() const { return amountCents > 0; }
};

struct BankStatement
{
    QString format;   // camt.053, camt.054, ofx, mt940, csv
    QString account;  // IBAN or the bank's account number
    QString currency;
    std::optional<qint64> openingCents;
    std::optional<qint64> closingCents;
    QList<BankTransaction> transactions;
};

// ISO 20022 CAMT.053 (statements) and CAMT.054 (notifications), any version: namespaces are
// ignored. A file with no statement is refused.
Result<QList<BankStatement>> readCamt(const QByteArray &xml, const QString &fileName);
// OFX 1.x (SGML, unclosed leaf tags) and 2.x (XML), bank and card statements.
Result<QList<BankStatement>> readOfx(const QByteArray &data, const QString &fileName);
// SWIFT MT940: statements of :60F:, :61: lines (with their :86: details) and :62F:.
Result<QList<BankStatement>> readMt940(const QByteArray &data, const QString &fileName);
// By content: CAMT XML, OFX, MT940, or a bank's CSV export (see bankcsv.h).
Result<QList<BankStatement>> readBankStatementFile(const QByteArray &data, const QString &fileName);

}  // namespace relance
