#include "commands.h"

#include "domain/dates.h"
#include "jsonformat.h"
#include "services/dashboardservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace relance::cli {

namespace {

constexpr int kPageSize = 500;

// Walks every invoice of a query page by page (keyset), so memory stays flat on a big book.
void forEachInvoice(const Database &db, const InvoiceQuery &query, const std::function<void(const Invoice &)> &visit)
{
    const InvoiceRepository invoices(db);
    std::optional<InvoiceCursor> after;
    for (;;) {
        const InvoiceRepository::Page page = invoices.page(query, after, kPageSize);
        for (const Invoice &inv : page.rows)
            visit(inv);
        if (page.rows.size() < kPageSize)
            return;
        after = page.last;
    }
}

QString pad(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width, QLatin1Char(' ')) : text.leftJustified(width, QLatin1Char(' '));
}

void printInvoiceLine(QTextStream &out, const Invoice &inv, const QDate &asOf)
{
    const qint64 late = inv.daysLate(asOf);
    const QString lateText = inv.isOverdue(asOf) ? Tr::tr("%n day(s) late", nullptr, int(late)) : QString();
    out << pad(inv.number, 14) << pad(inv.clientName.left(28), 30) << pad(dates::iso(inv.dueDate), 12)
        << pad(inv.totalIncl().toString(), 14, true) << pad(inv.balance().toString(), 14, true) << "  "
        << pad(statusLabel(inv.status()), 12) << lateText << Qt::endl;
}

}  // namespace

int invoicesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("List invoices."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     Tr::tr("Only invoices past their due date with a balance, most late first."));
    const QCommandLineOption outstanding(QStringLiteral("outstanding"), Tr::tr("Only invoices with a balance."));
    const QCommandLineOption client(QStringLiteral("client"), Tr::tr("Only this client's invoices."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption search(QStringLiteral("search"), Tr::tr("Number, client name or amount to look for."),
                                    QStringLiteral("TEXT"));
    p.addOptions({overdue, outstanding, client, search, asOfOption(), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("invoices"), args))
        return *exit;
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());

    InvoiceQuery query;
    query.asOf = *asOf;
    query.search = p.value(search);
    query.sort = InvoiceQuery::Sort::IssueDate;
    if (p.isSet(overdue)) {
        query.filter = InvoiceQuery::Filter::Overdue;
        query.sort = InvoiceQuery::Sort::DueDate;  // oldest due date first = most days late first
    } else if (p.isSet(outstanding)) {
        query.filter = InvoiceQuery::Filter::Outstanding;
    }
    if (p.isSet(client)) {
        const auto c = ClientRepository(*ctx.db).findByName(p.value(client));
        if (!c)
            return fail(ctx, Error(Tr::tr("no client is named \"%1\"").arg(p.value(client)), QStringLiteral("client")));
        query.clientId = c->id;
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        forEachInvoice(*ctx.db, query, [&](const Invoice &inv) { list.append(invoiceJson(inv, *asOf)); });
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("as_of"), dates::iso(*asOf)}, {QStringLiteral("invoices"), list}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    int count = 0;
    forEachInvoice(*ctx.db, query, [&](const Invoice &inv) {
        printInvoiceLine(ctx.out, inv, *asOf);
        ++count;
    });
    if (count == 0)
        ctx.out << Tr::tr("No invoice matches.") << Qt::endl;
    return Ok;
}

int dashboardCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("What is owed, how late, and the overdue invoices."));
    p.addOptions({asOfOption(), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("dashboard"), args))
        return *exit;
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());

    const DashboardSummary summary = DashboardService(*ctx.db).summary(*asOf);
    const AgreementFigures agreed = DashboardService(*ctx.db).agreements(*asOf);
    InvoiceQuery overdue;
    overdue.asOf = *asOf;
    overdue.filter = InvoiceQuery::Filter::Overdue;
    overdue.sort = InvoiceQuery::Sort::DueDate;

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray totals;
        for (const CurrencyTotals &t : summary.totals)
            totals.append(currencyTotalsJson(t));
        QJsonArray late;
        forEachInvoice(*ctx.db, overdue, [&](const Invoice &inv) { late.append(invoiceJson(inv, *asOf)); });
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("as_of"), dates::iso(*asOf)},
                                   {QStringLiteral("totals"), totals},
                                   {QStringLiteral("overdue_invoices"), late},
                                   {QStringLiteral("agreements"),
                                    QJsonObject{
                                        {QStringLiteral("promised_this_week"), agreed.promisedThisWeek},
                                        {QStringLiteral("promised_amount"),
                                         Money(agreed.promisedCents, QStringLiteral("EUR")).toDecimalString()},
                                        {QStringLiteral("plans_on_track"), agreed.plansOnTrack},
                                        {QStringLiteral("plans_late"), agreed.plansLate},
                                        {QStringLiteral("disputed"), agreed.disputed},
                                        {QStringLiteral("disputed_amount"),
                                         Money(agreed.disputedCents, QStringLiteral("EUR")).toDecimalString()},
                                        {QStringLiteral("contested_amount"),
                                         Money(agreed.contestedCents, QStringLiteral("EUR")).toDecimalString()},
                                        {QStringLiteral("client_credit"),
                                         Money(agreed.clientCreditCents, QStringLiteral("EUR")).toDecimalString()},
                                        {QStringLiteral("clients_with_credit"), agreed.clientsWithCredit},
                                    }}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }

    ctx.out << Tr::tr("Receivables on %1").arg(QLocale().toString(*asOf, QLocale::LongFormat)) << Qt::endl;
    if (summary.isEmpty()) {
        ctx.out << Tr::tr("Nothing is owed to you: no open invoice.") << Qt::endl;
        return Ok;
    }
    // The label column fits the longest label in the language in use.
    int width = int(qMax(Tr::tr("Outstanding").size(), Tr::tr("Overdue").size()));
    for (AgingBucket b : kAgingBuckets)
        width = qMax(width, int(agingBucketLabel(b).size()) + 2);
    width += 2;
    for (const CurrencyTotals &t : summary.totals) {
        ctx.out << Qt::endl
                << pad(Tr::tr("Outstanding"), width) << pad(t.outstanding().toString(), 16, true) << "  "
                << Tr::tr("%n invoice(s)", nullptr, t.outstandingCount) << Qt::endl
                << pad(Tr::tr("Overdue"), width) << pad(t.overdue().toString(), 16, true) << "  "
                << Tr::tr("%n invoice(s)", nullptr, t.overdueCount) << Qt::endl;
        for (AgingBucket b : kAgingBuckets) {
            const AgingTotal &bt = t.buckets[size_t(agingBucketIndex(b))];
            ctx.out << "  " << pad(agingBucketLabel(b), width - 2)
                    << pad(Money(bt.cents, t.currency).toString(), 16, true) << "  "
                    << Tr::tr("%n invoice(s)", nullptr, bt.count) << Qt::endl;
        }
    }
    ctx.out << Qt::endl
            << Tr::tr("Promised this week: %1 (%n invoice(s))", nullptr, agreed.promisedThisWeek)
                   .arg(Money(agreed.promisedCents, QStringLiteral("EUR")).toString())
            << Qt::endl
            << Tr::tr("Payment plans: %1 on track, %2 late").arg(agreed.plansOnTrack).arg(agreed.plansLate) << Qt::endl
            << Tr::tr("In dispute: %1 (%n invoice(s)), of which %2 contested", nullptr, agreed.disputed)
                   .arg(Money(agreed.disputedCents, QStringLiteral("EUR")).toString(),
                        Money(agreed.contestedCents, QStringLiteral("EUR")).toString())
            << Qt::endl;
    if (agreed.clientCreditCents > 0)
        ctx.out << Tr::tr("Owed to clients (credit notes beyond their debt): %1 (%n client(s)); see client credit",
                          nullptr, agreed.clientsWithCredit)
                       .arg(Money(agreed.clientCreditCents, QStringLiteral("EUR")).toString())
                << Qt::endl;
    ctx.out << Qt::endl << Tr::tr("Overdue invoices, most late first:") << Qt::endl;
    int count = 0;
    forEachInvoice(*ctx.db, overdue, [&](const Invoice &inv) {
        printInvoiceLine(ctx.out, inv, *asOf);
        ++count;
    });
    if (count == 0)
        ctx.out << Tr::tr("None: nothing to chase today.") << Qt::endl;
    return Ok;
}

}  // namespace relance::cli
