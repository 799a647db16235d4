#pragma once

#include "domain/ladder.h"
#include "domain/money.h"
#include "domain/result.h"
#include "letters/letterkind.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relance {

class Database;

// What became of a registered letter.
enum class ReceiptStatus { Unknown, Received, NotCollected };
QString receiptStatusKey(ReceiptStatus status);  // "", "received", "not_collected"
QString receiptStatusLabel(ReceiptStatus status);

// A letter as archived: the proof of what was sent.
struct ArchivedLetter
{
    qint64 id = 0;
    LetterKind kind = LetterKind::Reminder1;
    QString language;
    Channel channel = Channel::Letter;
    qint64 clientId = 0;
    QString clientName;  // filled by the queries
    QDate date;
    QString fileName;  // relative to the archive folder
    QString sha256;    // hex, of the file's bytes
    qint64 size = 0;
    Money totalDue;
    int deadlineDays = 0;
    QDate deadline;
    QString trackingNumber;
    ReceiptStatus receipt = ReceiptStatus::Unknown;
    QDate receiptDate;    // received, or first presented when not collected
    QString receiptScan;  // relative to the archive folder
    QList<qint64> invoiceIds;
    QList<qint64> actionIds;  // the action recorded on each invoice, same order
};

// SQL for the letters' archive.
class LetterRepository
{
public:
    explicit LetterRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const ArchivedLetter &letter) const;
    std::optional<ArchivedLetter> find(qint64 id) const;
    // By the file's name relative to the archive ("2026/2026-11-23_reminder1_F-1.pdf").
    std::optional<ArchivedLetter> findByFileName(const QString &fileName) const;
    // Newest first.
    QList<ArchivedLetter> forInvoice(qint64 invoiceId) const;
    // A client's letters, newest first (letters_by_client).
    QList<ArchivedLetter> forClient(qint64 clientId) const;
    QList<ArchivedLetter> all() const;
    Status setReceipt(qint64 id, ReceiptStatus status, const QDate &date, const QDate &deadline,
                      const QString &trackingNumber, const QString &scan) const;
    int count() const;

private:
    QList<ArchivedLetter> select(const QString &where, const QVariant &bound) const;
    const Database &m_db;
};

}  // namespace relance
