#include "commands.h"

#include "domain/dates.h"
#include "services/agreementservice.h"
#include "services/disputeservice.h"
#include "services/timelineservice.h"
#include "storage/clientrepository.h"
#include "storage/disputerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace relance::cli {

namespace {

QJsonObject planJson(const PlanView &v)
{
    QJsonArray instalments;
    for (const InstalmentProgress &i : v.progress.instalments)
        instalments.append(
            QJsonObject{{QStringLiteral("date"), dates::iso(i.due.date)},
                        {QStringLiteral("amount"), Money(i.due.cents, v.plan.currency).toDecimalString()},
                        {QStringLiteral("paid"), Money(i.paidCents, v.plan.currency).toDecimalString()},
                        {QStringLiteral("status"), i.statusKey()},
                        {QStringLiteral("deposit"), i.due.deposit}});
    return QJsonObject{{QStringLiteral("id"), v.plan.id},
                       {QStringLiteral("client"), v.plan.clientName},
                       {QStringLiteral("invoices"), QJsonArray::fromStringList(v.plan.invoiceNumbers)},
                       {QStringLiteral("agreed_on"), dates::iso(v.plan.createdOn)},
                       {QStringLiteral("frequency"), planFrequencyKey(v.plan.frequency)},
                       {QStringLiteral("currency"), v.plan.currency},
                       {QStringLiteral("balance"), Money(v.plan.balanceCents, v.plan.currency).toDecimalString()},
                       {QStringLiteral("interest"), Money(v.plan.interestCents, v.plan.currency).toDecimalString()},
                       {QStringLiteral("indemnity"), Money(v.plan.indemnityCents, v.plan.currency).toDecimalString()},
                       {QStringLiteral("waive_interest"), v.plan.waiveInterest},
                       {QStringLiteral("waive_indemnity"), v.plan.waiveIndemnity},
                       {QStringLiteral("total"), v.plan.target().toDecimalString()},
                       {QStringLiteral("paid"), Money(v.progress.paidCents, v.plan.currency).toDecimalString()},
                       {QStringLiteral("status"), planHealthKey(v.health)},
                       {QStringLiteral("instalments"), instalments}};
}

void printPlan(Context &ctx, const PlanView &v)
{
    const QLocale locale;
    ctx.out << Tr::tr("Payment plan %1 — %2 — %3, agreed on %4: %5")
                   .arg(v.plan.id)
                   .arg(v.plan.clientName, v.plan.invoiceNumbers.join(QStringLiteral(", ")),
                        dates::iso(v.plan.createdOn), planHealthLabel(v.health))
            << Qt::endl;
    ctx.out << Tr::tr("  Total %1 (balance %2, interest %3%4, indemnity %5%6); paid since: %7")
                   .arg(v.plan.target().toString(locale), Money(v.plan.balanceCents, v.plan.currency).toString(locale),
                        Money(v.plan.interestCents, v.plan.currency).toString(locale),
                        v.plan.waiveInterest ? Tr::tr(" waived") : QString(),
                        Money(v.plan.indemnityCents, v.plan.currency).toString(locale),
                        v.plan.waiveIndemnity ? Tr::tr(" waived") : QString(),
                        Money(v.progress.paidCents, v.plan.currency).toString(locale))
            << Qt::endl;
    for (int i = 0; i < v.progress.instalments.size(); ++i) {
        const InstalmentProgress &in = v.progress.instalments.at(i);
        ctx.out
            << QStringLiteral("  %1. %2  %3  %4  %5")
                   .arg(i + 1, 2)
                   .arg(dates::iso(in.due.date),
                        Money(in.due.cents, v.plan.currency).toString(locale).rightJustified(13),
                        Tr::tr("paid %1").arg(Money(in.paidCents, v.plan.currency).toString(locale)).leftJustified(18),
                        in.statusLabel() + (in.due.deposit ? Tr::tr(" (deposit)") : QString()))
            << Qt::endl;
    }
}

const QHash<QString, QString> kPlanFields{{QStringLiteral("count"), QStringLiteral("instalments")},
                                          {QStringLiteral("instalments"), QStringLiteral("instalment")},
                                          {QStringLiteral("rate_table"), QString()}};

}  // namespace

int planAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Agree a payment plan: the balance of one or several invoices of a client (plus the interest and "
               "indemnity owed that day, unless waived) spread over instalments. Chasing follows the plan instead."));
    p.addOptions(
        {makeOption("invoice", Tr::tr("Invoice number (repeat for several invoices of the same client)."), "NUMBER"),
         makeOption("instalments", Tr::tr("How many instalments (after the deposit)."), "N"),
         makeOption("first", Tr::tr("Date of the first instalment."), "DATE"),
         makeOption("every", Tr::tr("month (default) or week."), "PERIOD"),
         makeOption("instalment", Tr::tr("An instalment typed by hand, DATE=AMOUNT (repeat; replaces --instalments)."),
                    "DATE=AMOUNT"),
         makeOption("deposit", Tr::tr("A deposit paid first."), "AMOUNT"),
         makeOption("deposit-date", Tr::tr("When the deposit is paid (default: the agreement's date)."), "DATE"),
         makeOption("date", Tr::tr("When the plan was agreed (default: today)."), "DATE"),
         makeOption("waive-interest", Tr::tr("Give up the late-payment interest while the plan is kept.")),
         makeOption("waive-indemnity", Tr::tr("Give up the fixed recovery indemnity while the plan is kept.")),
         makeOption("keep-waiver-if-broken", Tr::tr("Do not claim the waived items again if the plan is broken.")),
         makeOption("notes", Tr::tr("Anything to remember about it."), "TEXT")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("plan add"), args))
        return *exit;
    PlanRequest r;
    const Result<QList<qint64>> invoices = invoicesOption(ctx, p);
    if (!invoices)
        return fail(ctx, invoices.error());
    r.invoiceIds = *invoices;
    const Result<QDate> agreed = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!agreed)
        return fail(ctx, agreed.error());
    r.agreedOn = *agreed;
    r.waiveInterest = p.isSet(QStringLiteral("waive-interest"));
    r.waiveIndemnity = p.isSet(QStringLiteral("waive-indemnity"));
    r.restoreOnBreak = !p.isSet(QStringLiteral("keep-waiver-if-broken"));
    r.notes = p.value(QStringLiteral("notes"));
    if (p.isSet(QStringLiteral("instalment"))) {
        r.frequency = PlanFrequency::Custom;
        for (const QString &item : p.values(QStringLiteral("instalment"))) {
            const Result<DatedAmount> typed = datedAmount(item, QStringLiteral("instalment"));
            if (!typed)
                return fail(ctx, typed.error());
            r.instalments.append({typed->date, typed->amount.cents(), false});
        }
    } else {
        const QString every =
            p.value(QStringLiteral("every")).isEmpty() ? QStringLiteral("month") : p.value(QStringLiteral("every"));
        const auto frequency = planFrequencyFromKey(every);
        if (!frequency || *frequency == PlanFrequency::Custom)
            return fail(ctx, Error(Tr::tr("\"%1\" is not one of month, week").arg(every), QStringLiteral("every")));
        r.frequency = *frequency;
        bool ok = false;
        r.count = p.value(QStringLiteral("instalments")).toInt(&ok);
        if (!ok)
            return fail(ctx, Error(Tr::tr("say how many instalments, e.g. 4"), QStringLiteral("instalments")));
        const Result<QDate> first = dateOption(p, QStringLiteral("first"));
        if (!first || !first->isValid())
            return fail(ctx, first ? Error(Tr::tr("this option is required"), QStringLiteral("first")) : first.error());
        r.first = *first;
        if (p.isSet(QStringLiteral("deposit"))) {
            const Result<Money> deposit = moneyOption(p, QStringLiteral("deposit"), QStringLiteral("EUR"));
            if (!deposit)
                return fail(ctx, deposit.error());
            r.depositCents = deposit->cents();
            const Result<QDate> depositDate = dateOption(p, QStringLiteral("deposit-date"));
            if (!depositDate)
                return fail(ctx, depositDate.error());
            r.depositDate = *depositDate;
        }
    }
    const AgreementService service(*ctx.db);
    const Result<qint64> id = service.addPlan(r, ctx.today);
    if (!id)
        return fail(ctx, id.error(), kPlanFields);
    printPlan(ctx, *service.plan(*id, ctx.today));
    return Ok;
}

int planShowCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("The payment plans of an invoice: each instalment with its date, amount, what "
                                       "was paid and its status."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"), asOfOption(), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("plan show"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    const QList<PlanView> plans = AgreementService(*ctx.db).plansForInvoice(invoice->id, *asOf);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const PlanView &v : plans)
            items.append(planJson(v));
        ctx.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (plans.isEmpty())
        ctx.out << Tr::tr("Invoice %1 has no payment plan.").arg(invoice->number) << Qt::endl;
    for (const PlanView &v : plans)
        printPlan(ctx, v);
    return Ok;
}

int planBreakCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Declare a payment plan broken: the invoices' ladder resumes where it stood, "
                                       "with the waived interest and indemnity claimed again if the plan said so."));
    p.addOptions({makeOption("plan", Tr::tr("The plan's number (required)."), "ID"),
                  makeOption("date", Tr::tr("When (default: today)."), "DATE")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("plan break"), args))
        return *exit;
    const Result<QDate> date = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!date)
        return fail(ctx, date.error());
    const qint64 plan = p.value(QStringLiteral("plan")).toLongLong();
    if (Status s = AgreementService(*ctx.db).breakPlan(plan, *date, ctx.today); !s)
        return fail(ctx, s.error());
    ctx.out << Tr::tr("Payment plan %1 is broken: chasing resumes.").arg(plan) << Qt::endl;
    return Ok;
}

int disputeAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("The client disputes an invoice: it leaves the agenda until resolved."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"),
                  makeOption("reason", Tr::tr("What the client contests (required)."), "TEXT"),
                  makeOption("amount", Tr::tr("The amount contested (default: the balance)."), "AMOUNT"),
                  makeOption("date", Tr::tr("When (default: today)."), "DATE"),
                  makeOption("notes", Tr::tr("Anything to remember about it."), "TEXT")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("dispute add"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    Dispute d;
    d.invoiceId = invoice->id;
    d.reason = p.value(QStringLiteral("reason"));
    d.notes = p.value(QStringLiteral("notes"));
    const Result<QDate> date = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!date)
        return fail(ctx, date.error());
    d.openedOn = *date;
    d.contestedCents = invoice->balance().cents();
    if (p.isSet(QStringLiteral("amount"))) {
        const Result<Money> amount = moneyOption(p, QStringLiteral("amount"), invoice->currency);
        if (!amount)
            return fail(ctx, amount.error());
        d.contestedCents = amount->cents();
    }
    const Result<qint64> id = DisputeService(*ctx.db).open(d, ctx.today);
    if (!id)
        return fail(ctx, id.error());
    ctx.out << Tr::tr("Dispute %1 opened on invoice %2: %3 contested; chasing is paused.")
                   .arg(*id)
                   .arg(invoice->number, d.contested().toString(QLocale()))
            << Qt::endl;
    return Ok;
}

int disputeResolveCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Close an invoice's dispute: paid, credited (a credit note reduces the "
                                       "balance) or upheld (chasing resumes where it stood)."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"),
                  makeOption("as", Tr::tr("paid, credited or upheld (required)."), "RESOLUTION"),
                  makeOption("credit", Tr::tr("With credited: the credit note's amount."), "AMOUNT"),
                  makeOption("credit-note", Tr::tr("With credited: the credit note's number."), "NUMBER"),
                  makeOption("date", Tr::tr("When (default: today)."), "DATE"),
                  makeOption("notes", Tr::tr("How it ended."), "TEXT")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("dispute resolve"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    const auto dispute = DisputeRepository(*ctx.db).openDispute(invoice->id);
    if (!dispute)
        return fail(ctx,
                    Error(Tr::tr("invoice %1 has no open dispute").arg(invoice->number), QStringLiteral("invoice")));
    const auto resolution = disputeResolutionFromKey(p.value(QStringLiteral("as")));
    if (!resolution || *resolution == DisputeResolution::Open)
        return fail(ctx, Error(Tr::tr("\"%1\" is not one of paid, credited, upheld").arg(p.value(QStringLiteral("as"))),
                               QStringLiteral("as")));
    const Result<QDate> date = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!date)
        return fail(ctx, date.error());
    qint64 credit = 0;
    if (*resolution == DisputeResolution::Credited) {
        const Result<Money> amount = moneyOption(p, QStringLiteral("credit"), invoice->currency);
        if (!amount)
            return fail(ctx, amount.error());
        credit = amount->cents();
    }
    if (Status s = DisputeService(*ctx.db).resolve(dispute->id, *resolution, *date, p.value(QStringLiteral("notes")),
                                                   ctx.today, credit, p.value(QStringLiteral("credit-note")));
        !s)
        return fail(ctx, s.error(), {{QStringLiteral("amount"), QStringLiteral("credit")}});
    ctx.out << Tr::tr("Invoice %1: dispute %2.").arg(invoice->number, disputeResolutionLabel(*resolution)) << Qt::endl;
    return Ok;
}

int promiseAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("The client promised to pay by a date: chasing waits until the day after, then resumes, flagged."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"),
                  makeOption("by", Tr::tr("The promised date (required)."), "DATE"),
                  makeOption("amount", Tr::tr("The amount promised (default: the balance)."), "AMOUNT"),
                  makeOption("channel", Tr::tr("How the promise was made (default: phone)."), "CHANNEL"),
                  makeOption("date", Tr::tr("When it was made (default: today)."), "DATE"),
                  makeOption("notes", Tr::tr("Anything to remember about it."), "TEXT")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("promise add"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    PaymentPromise promise;
    promise.invoiceId = invoice->id;
    promise.notes = p.value(QStringLiteral("notes"));
    const Result<QDate> made = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!made)
        return fail(ctx, made.error());
    promise.madeOn = *made;
    const Result<QDate> by = dateOption(p, QStringLiteral("by"));
    if (!by)
        return fail(ctx, by.error());
    promise.promisedDate = *by;
    if (p.isSet(QStringLiteral("channel"))) {
        const auto channel = channelFromKey(p.value(QStringLiteral("channel")));
        if (!channel)
            return fail(ctx, Error(Tr::tr("\"%1\" is not a channel").arg(p.value(QStringLiteral("channel"))),
                                   QStringLiteral("channel")));
        promise.channel = *channel;
    }
    if (p.isSet(QStringLiteral("amount"))) {
        const Result<Money> amount = moneyOption(p, QStringLiteral("amount"), invoice->currency);
        if (!amount)
            return fail(ctx, amount.error());
        promise.amountCents = amount->cents();
    }
    const Result<qint64> id = DisputeService(*ctx.db).promise(promise, ctx.today);
    if (!id)
        return fail(ctx, id.error(), {{QStringLiteral("promised_date"), QStringLiteral("by")}});
    ctx.out << Tr::tr("Invoice %1: promised for %2; chasing resumes on %3 if unpaid.")
                   .arg(invoice->number, dates::iso(promise.promisedDate), dates::iso(promise.promisedDate.addDays(1)))
            << Qt::endl;
    return Ok;
}

int acknowledgementAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("The client signed an acknowledgement of the debt (the \"Bon pour accord\" of "
                                       "a settlement or schedule letter): the limitation period restarts that day."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number, once per invoice it covers (required)."), "NUMBER"),
                  makeOption("date", Tr::tr("The date the client signed (default: today)."), "DATE")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("acknowledgement add"), args))
        return *exit;
    const Result<QList<qint64>> ids = invoicesOption(ctx, p);
    if (!ids)
        return fail(ctx, ids.error());
    const Result<QDate> date = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!date)
        return fail(ctx, date.error());
    if (Status s = AgreementService(*ctx.db).recordAcknowledgement(*ids, *date, ctx.today); !s)
        return fail(ctx, s.error());
    ctx.out << Tr::tr("Debt acknowledged on %1: the limitation period of %2 restarts from that day.")
                   .arg(dates::iso(*date), p.values(QStringLiteral("invoice")).join(QStringLiteral(", ")))
            << Qt::endl;
    return Ok;
}

int timelineCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Everything that happened to an invoice or a client, newest first: issued, "
                                       "due, reminders, calls, letters, payments, plans, settlements, disputes."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number."), "NUMBER"),
                  makeOption("client", Tr::tr("Client name (instead of --invoice)."), "NAME"),
                  makeOption("pdf", Tr::tr("Also write it as a PDF (a collection dossier)."), "FILE"), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("timeline"), args))
        return *exit;
    const TimelineService service(*ctx.db);
    QList<TimelineEvent> events;
    QString title, subtitle;
    if (p.isSet(QStringLiteral("client"))) {
        const auto client = ClientRepository(*ctx.db).findByName(p.value(QStringLiteral("client")).trimmed());
        if (!client)
            return fail(ctx, Error(Tr::tr("client \"%1\" does not exist").arg(p.value(QStringLiteral("client"))),
                                   QStringLiteral("client")));
        events = service.forClient(client->id);
        title = Tr::tr("History of %1").arg(client->name);
        subtitle = Tr::tr("Every invoice of the client");
    } else {
        const Result<Invoice> invoice = invoiceOption(ctx, p);
        if (!invoice)
            return fail(ctx, invoice.error());
        events = service.forInvoice(invoice->id);
        title = Tr::tr("History of invoice %1").arg(invoice->number);
        subtitle = invoice->clientName;
    }
    if (p.isSet(QStringLiteral("pdf"))) {
        const Result<QByteArray> pdf = TimelineService::pdf(events, title, subtitle, ctx.today);
        if (!pdf)
            return fail(ctx, pdf.error());
        if (Status s = writeOutput(ctx, p.value(QStringLiteral("pdf")), *pdf, QStringLiteral("pdf")); !s)
            return fail(ctx, s.error());
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const TimelineEvent &e : events)
            items.append(QJsonObject{{QStringLiteral("date"), dates::iso(e.date)},
                                     {QStringLiteral("kind"), e.kind},
                                     {QStringLiteral("invoices"), e.invoices},
                                     {QStringLiteral("title"), e.title},
                                     {QStringLiteral("detail"), e.detail},
                                     {QStringLiteral("amount"), e.amount ? e.amount->toDecimalString() : QString()},
                                     {QStringLiteral("currency"), e.amount ? e.amount->currency() : QString()}});
        ctx.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << title << Qt::endl;
    const QLocale locale;
    for (const TimelineEvent &e : events) {
        ctx.out << dates::iso(e.date) << "  " << e.invoices.leftJustified(12) << "  " << e.title;
        if (e.amount)
            ctx.out << "  " << e.amount->toString(locale);
        if (!e.detail.isEmpty())
            ctx.out << "  — " << e.detail;
        ctx.out << Qt::endl;
    }
    return Ok;
}

}  // namespace relance::cli
