#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relance {

class Database;

// One thing that happened to an invoice (or to several of a client's: a plan, a settlement).
struct TimelineEvent
{
    QDate date;
    QString kind;      // issued, due, action, letter, payment, plan, settlement, dispute, promise, acknowledgement
    QString title;     // one line, translated
    QString detail;    // notes, numbers, outcome
    QString invoices;  // the invoice number(s) it concerns
    std::optional<Money> amount;
    QString key;   // identifies the event across invoices (a plan covering two appears once)
    int rank = 0;  // order within a day: issued before due, due before what followed
};

// The story of an invoice or a client, newest first: the collection dossier.
class TimelineService
{
public:
    explicit TimelineService(const Database &db) : m_db(db) {}

    QList<TimelineEvent> forInvoice(qint64 invoiceId) const;
    QList<TimelineEvent> forClient(qint64 clientId) const;
    // The dossier as an A4 PDF: a title, who for, and every event in a table, page numbers.
    static Result<QByteArray> pdf(const QList<TimelineEvent> &events, const QString &title, const QString &subtitle,
                                  const QDate &printedOn);

private:
    void collect(qint64 invoiceId, QList<TimelineEvent> &events) const;
    const Database &m_db;
};

}  // namespace relance
