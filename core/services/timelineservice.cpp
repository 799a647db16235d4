#include "timelineservice.h"

#include "domain/ladder.h"
#include "storage/actionrepository.h"
#include "storage/agreementrepository.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"
#include "storage/letterrepository.h"
#include "storage/paymentrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSet>
#include <QSqlQuery>
#include <QTextDocument>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineService)
};

QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }

TimelineEvent event(const QDate &date, const char *kind, QString title, QString invoices, QString key, int rank = 5)
{
    TimelineEvent e;
    e.date = date;
    e.kind = QString::fromLatin1(kind);
    e.title = std::move(title);
    e.invoices = std::move(invoices);
    e.key = std::move(key);
    e.rank = rank;
    return e;
}

QString joined(const QStringList &numbers) { return numbers.join(QStringLiteral(", ")); }

void addPlans(const Database &db, qint64 invoiceId, QList<TimelineEvent> &events)
{
    for (const PaymentPlan &p : AgreementRepository(db).plansForInvoice(invoiceId)) {
        TimelineEvent e = event(p.createdOn, "plan",
                                Tr::tr("Payment plan agreed: %n instalment(s)", nullptr, int(p.instalments.size())),
                                joined(p.invoiceNumbers), QStringLiteral("plan:%1").arg(p.id));
        QStringList detail;
        for (const PlanInstalment &i : p.instalments)
            detail << QStringLiteral("%1 %2").arg(shortDate(i.date), Money(i.cents, p.currency).toString());
        if (p.waiveInterest || p.waiveIndemnity)
            detail << (p.restoreOnBreak ? Tr::tr("waived: %1, claimed again if broken") : Tr::tr("waived: %1"))
                          .arg(p.waiveInterest && p.waiveIndemnity ? Tr::tr("interest and indemnity")
                               : p.waiveInterest                   ? Tr::tr("interest")
                                                                   : Tr::tr("indemnity"));
        e.detail = detail.join(QStringLiteral("; "));
        e.amount = p.target();
        events << e;
        if (p.status != PlanStatus::Active && p.statusDate.isValid())
            events << event(p.statusDate, "plan",
                            p.status == PlanStatus::Broken ? Tr::tr("Payment plan broken: chasing resumes")
                                                           : Tr::tr("Payment plan cancelled"),
                            joined(p.invoiceNumbers), QStringLiteral("plan:%1:end").arg(p.id), 8);
    }
}

void addSettlements(const Database &db, qint64 invoiceId, QList<TimelineEvent> &events)
{
    for (const Settlement &s : AgreementRepository(db).settlementsForInvoice(invoiceId)) {
        TimelineEvent e =
            event(s.date, "settlement",
                  s.agreedWith.isEmpty()
                      ? Tr::tr("Settlement agreed (%1)").arg(channelLabel(s.channel))
                      : Tr::tr("Settlement agreed with %1 (%2)").arg(s.agreedWith, channelLabel(s.channel)),
                  joined(s.invoiceNumbers), QStringLiteral("settlement:%1").arg(s.id), 4);
        QStringList detail;
        if (s.newDueDate.isValid())
            detail << Tr::tr("new due date %1").arg(shortDate(s.newDueDate));
        if (s.waiveInterest)
            detail << Tr::tr("interest waived");
        if (s.waiveIndemnity)
            detail << Tr::tr("indemnity waived");
        if (!s.terms.isEmpty())
            detail << s.terms;
        e.detail = detail.join(QStringLiteral("; "));
        events << e;
        if (s.status != SettlementStatus::Proposed && s.statusDate.isValid())
            events << event(s.statusDate, "settlement", Tr::tr("Settlement %1").arg(settlementStatusLabel(s.status)),
                            joined(s.invoiceNumbers), QStringLiteral("settlement:%1:status").arg(s.id), 7);
    }
}

void addDisputesAndPromises(const Database &db, const Invoice &invoice, QList<TimelineEvent> &events)
{
    const qint64 invoiceId = invoice.id;
    const QString &number = invoice.number;
    const DisputeRepository repo(db);
    for (const Dispute &d : repo.disputesForInvoice(invoiceId)) {
        TimelineEvent e = event(d.openedOn, "dispute", Tr::tr("Disputed: %1").arg(d.reason), number,
                                QStringLiteral("dispute:%1").arg(d.id));
        e.amount = d.contested();
        e.detail = d.notes;
        events << e;
        if (!d.isOpen()) {
            TimelineEvent r =
                event(d.resolvedOn, "dispute", Tr::tr("Dispute %1").arg(disputeResolutionLabel(d.resolution)), number,
                      QStringLiteral("dispute:%1:end").arg(d.id), 7);
            r.detail = d.resolutionNotes;
            events << r;
        }
    }
    for (const PaymentPromise &p : repo.promisesForInvoice(invoiceId)) {
        TimelineEvent e =
            event(p.madeOn, "promise",
                  Tr::tr("Promise to pay by %1 (%2)").arg(shortDate(p.promisedDate), channelLabel(p.channel)), number,
                  QStringLiteral("promise:%1").arg(p.id), 6);
        e.detail = p.notes;
        if (p.amountCents > 0)
            e.amount = Money(p.amountCents, invoice.currency);
        events << e;
    }
}

}  // namespace

void TimelineService::collect(qint64 invoiceId, QList<TimelineEvent> &events) const
{
    const auto invoice = InvoiceRepository(m_db).findById(invoiceId);
    if (!invoice)
        return;
    const QString number = invoice->number;
    TimelineEvent issued = event(invoice->issueDate, "issued", Tr::tr("Invoice issued"), number,
                                 QStringLiteral("issued:%1").arg(invoiceId), 0);
    issued.amount = invoice->totalIncl();
    events << issued;
    events << event(invoice->dueDate, "due", Tr::tr("Due date"), number, QStringLiteral("due:%1").arg(invoiceId), 1);
    if (invoice->acknowledgedOn.isValid())
        events << event(invoice->acknowledgedOn, "acknowledgement",
                        Tr::tr("Debt acknowledged in writing by the client: the limitation period restarts"), number,
                        QStringLiteral("acknowledgement:%1").arg(invoiceId), 6);

    // Letters first: the action each one recorded is told by the letter, not twice.
    QSet<qint64> toldByLetters;
    for (const ArchivedLetter &l : LetterRepository(m_db).forInvoice(invoiceId)) {
        toldByLetters.unite(QSet<qint64>(l.actionIds.cbegin(), l.actionIds.cend()));
        QStringList numbers;
        for (qint64 id : l.invoiceIds)
            numbers << (id == invoiceId ? number : InvoiceRepository(m_db).findById(id)->number);
        TimelineEvent e =
            event(l.date, "letter", Tr::tr("%1 (%2)").arg(letterKindLabel(l.kind), channelLabel(l.channel)),
                  joined(numbers), QStringLiteral("letter:%1").arg(l.id));
        QStringList detail{l.fileName};
        if (!l.trackingNumber.isEmpty())
            detail << Tr::tr("registered no. %1").arg(l.trackingNumber);
        if (l.receipt != ReceiptStatus::Unknown)
            detail << QStringLiteral("%1 %2").arg(receiptStatusLabel(l.receipt), shortDate(l.receiptDate));
        if (l.deadline.isValid())
            detail << Tr::tr("deadline %1").arg(shortDate(l.deadline));
        e.detail = detail.join(QStringLiteral("; "));
        e.amount = l.totalDue;
        events << e;
    }
    for (const CollectionAction &a : ActionRepository(m_db).forInvoice(invoiceId)) {
        if (toldByLetters.contains(a.id))
            continue;
        const QString what = a.stepName().isEmpty() ? Tr::tr("Note") : a.stepName();
        const QString channel = channelLabel(a.channel);
        // "Formal notice — Formal notice (registered...)" says it twice: once is enough.
        const QString title = channel.startsWith(what) ? channel : QStringLiteral("%1 — %2").arg(what, channel);
        TimelineEvent e = event(a.date, "action", title, number, QStringLiteral("action:%1").arg(a.id));
        QStringList detail;
        if (a.outcome != Outcome::Done)
            detail << outcomeLabel(a.outcome);
        if (!a.notes.isEmpty())
            detail << a.notes;
        if (!a.trackingNumber.isEmpty())
            detail << Tr::tr("registered no. %1").arg(a.trackingNumber);
        if (a.receiptDate.isValid())
            detail << Tr::tr("received %1").arg(shortDate(a.receiptDate));
        e.detail = detail.join(QStringLiteral("; "));
        // A plan's reminder is recorded on each of its invoices: told once for the client.
        if (a.planId > 0)
            e.key = QStringLiteral("plan-reminder:%1:%2:%3")
                        .arg(a.planId)
                        .arg(a.instalment)
                        .arg(a.date.toString(Qt::ISODate));
        events << e;
    }
    for (const Payment &p : PaymentRepository(m_db).forInvoice(invoiceId)) {
        for (const Allocation &a : p.allocations) {
            if (a.invoiceId != invoiceId)
                continue;
            TimelineEvent e =
                event(p.date, "payment",
                      p.method == QLatin1String("credit-note") ? Tr::tr("Credit note") : Tr::tr("Payment received"),
                      number, QStringLiteral("payment:%1:%2").arg(p.id).arg(invoiceId), 3);
            e.amount = Money(a.amountCents, p.currency);
            e.detail = QStringList{paymentMethodLabel(p.method), p.bankReference}.join(QStringLiteral(" ")).trimmed();
            events << e;
        }
    }
    addPlans(m_db, invoiceId, events);
    addSettlements(m_db, invoiceId, events);
    addDisputesAndPromises(m_db, *invoice, events);
}

namespace {
void newestFirst(QList<TimelineEvent> &events)
{
    QSet<QString> seen;
    QList<TimelineEvent> unique;
    for (const TimelineEvent &e : events)
        if (!seen.contains(e.key)) {
            seen.insert(e.key);
            unique << e;
        }
    std::stable_sort(unique.begin(), unique.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.rank > b.rank;
    });
    events = unique;
}
}  // namespace

QList<TimelineEvent> TimelineService::forInvoice(qint64 invoiceId) const
{
    QList<TimelineEvent> events;
    collect(invoiceId, events);
    newestFirst(events);
    return events;
}

QList<TimelineEvent> TimelineService::forClient(qint64 clientId) const
{
    QList<TimelineEvent> events;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM invoices WHERE client_id = ? ORDER BY due_date, id"));
    q.addBindValue(clientId);
    if (q.exec())
        while (q.next())
            collect(q.value(0).toLongLong(), events);
    newestFirst(events);
    return events;
}

Result<QByteArray> TimelineService::pdf(const QList<TimelineEvent> &events, const QString &title,
                                        const QString &subtitle, const QDate &printedOn)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br/><i>%3</i></p>")
                       .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped(),
                            Tr::tr("Printed on %1 — newest first, %n event(s)", nullptr, int(events.size()))
                                .arg(locale.toString(printedOn, QLocale::LongFormat))
                                .toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                           "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                .arg(Tr::tr("Date"), Tr::tr("Invoice"), Tr::tr("Event"), Tr::tr("Details"), Tr::tr("Amount"));
    for (const TimelineEvent &e : events)
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align='right'>%5</td></tr>")
                .arg(locale.toString(e.date, QLocale::ShortFormat), e.invoices.toHtmlEscaped(), e.title.toHtmlEscaped(),
                     e.detail.toHtmlEscaped(), e.amount ? e.amount->toString(locale).toHtmlEscaped() : QString());
    html += QStringLiteral("</table>");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Relance"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPointSizeF(8.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(&writer);
    buffer.close();
    if (bytes.isEmpty())
        return Error(Tr::tr("the PDF could not be written"));
    return bytes;
}

}  // namespace relance
