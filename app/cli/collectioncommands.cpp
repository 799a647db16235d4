#include "commands.h"

#include "domain/dates.h"
#include "jsonformat.h"
#include "services/collectionservice.h"
#include "services/collectionsettingsservice.h"
#include "storage/invoicerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace relance::cli {

namespace {

Result<std::optional<int>> rateOption(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return std::optional<int>();
    const auto rate = parseRate(p.value(name));
    if (!rate)
        return Error(Tr::tr("\"%1\" is not a rate such as 2.15").arg(p.value(name)), name);
    return std::optional<int>(rate);
}

QString rateOrDash(const std::optional<int> &rate) { return rate ? formatRate(*rate) : QStringLiteral("-"); }

}  // namespace

int agendaCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("What to do today: every unpaid invoice's next step on its escalation ladder, "
                                       "grouped by channel."));
    const QCommandLineOption days = makeOption("days", Tr::tr("Also list the steps of the next N days."), "N");
    p.addOptions({days, asOfOption(), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("agenda"), args))
        return *exit;
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    bool ok = true;
    const int horizon = p.isSet(days) ? p.value(days).toInt(&ok) : 0;
    if (!ok || horizon < 0 || horizon > 366)
        return fail(ctx, Error(Tr::tr("\"%1\" is not a number of days from 0 to 366").arg(p.value(days)),
                               QStringLiteral("days")));

    const Agenda agenda = CollectionService(*ctx.db).agenda(*asOf, horizon);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const AgendaItem &item : agenda.items)
            items.append(agendaItemJson(item));
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("as_of"), dates::iso(*asOf)},
                                             {QStringLiteral("due_count"), agenda.dueCount()},
                                             {QStringLiteral("paused"), agenda.paused},
                                             {QStringLiteral("ladder_finished"), agenda.finished},
                                             {QStringLiteral("promised"), agenda.promised},
                                             {QStringLiteral("in_plans"), agenda.inPlans},
                                             {QStringLiteral("items"), items}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    ctx.out << Tr::tr("Agenda for %1: %n step(s) to do", nullptr, agenda.dueCount())
                   .arg(locale.toString(*asOf, QLocale::LongFormat));
    if (agenda.paused > 0)
        ctx.out << Tr::tr(", %n invoice(s) paused", nullptr, agenda.paused);
    if (agenda.finished > 0)
        ctx.out << Tr::tr(", %n at the end of their ladder", nullptr, agenda.finished);
    if (agenda.promised > 0)
        ctx.out << Tr::tr(", %n waiting for a promised payment", nullptr, agenda.promised);
    if (agenda.inPlans > 0)
        ctx.out << Tr::tr(", %n paid by instalments", nullptr, agenda.inPlans);
    ctx.out << Qt::endl;
    if (agenda.items.isEmpty()) {
        ctx.out << Tr::tr("Nothing to chase today.") << Qt::endl;
        return Ok;
    }
    for (Channel channel : allChannels()) {
        bool header = false;
        for (const AgendaItem &item : agenda.items) {
            if (item.step.channel != channel)
                continue;
            if (!header) {
                ctx.out << Qt::endl << channelLabel(channel) << Qt::endl;
                header = true;
            }
            QString when;
            if (item.stepDaysLate() > 0)
                when = Tr::tr("planned %n day(s) ago", nullptr, int(item.stepDaysLate()));
            else if (item.stepDaysLate() == 0)
                when = Tr::tr("today");
            else
                when = Tr::tr("on %1").arg(dates::iso(item.plan.date));
            ctx.out << "  " << item.invoice.number.leftJustified(13) << ' '
                    << item.invoice.clientName.left(26).leftJustified(27)
                    << QStringLiteral("%1 (%2/%3)")
                           .arg(item.step.displayName())
                           .arg(item.stepIndex + 1)
                           .arg(item.stepCount)
                           .leftJustified(30)
                    << item.invoice.balance().toString(locale).rightJustified(13) << "  "
                    << Tr::tr("%n day(s) late", nullptr, int(std::max<qint64>(item.daysLate(), 0))).leftJustified(14)
                    << when;
            if (item.missedPromise.isValid())
                ctx.out << "  " << Tr::tr("(promised for %1, not paid)").arg(dates::iso(item.missedPromise));
            ctx.out << Qt::endl;
        }
    }
    return Ok;
}

int actionAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Record a step done on an invoice (an e-mail sent, a call made, a letter posted): the invoice moves "
               "to its next step."));
    QStringList channels;
    for (Channel c : allChannels())
        channels << channelKey(c);
    p.addOptions(
        {makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"),
         makeOption("channel", Tr::tr("How: %1 (required).").arg(channels.join(QStringLiteral(", "))), "CHANNEL"),
         makeOption("date", Tr::tr("When it was done (default: today)."), "DATE"),
         makeOption("outcome", Tr::tr("What happened, in your words."), "TEXT"),
         makeOption("result",
                    Tr::tr("done (default), no_answer (try again the next working day), promised, or disputed "
                           "(pauses the invoice)."),
                    "RESULT"),
         makeOption("tracking", Tr::tr("Registered letter: its tracking number."), "NUMBER"),
         makeOption("receipt", Tr::tr("Registered letter: the day it was received."), "DATE"),
         makeOption("promised",
                    Tr::tr("With --result promised: the day the client will pay (chasing waits until "
                           "the day after)."),
                    "DATE"),
         makeOption("note-only", Tr::tr("A note outside the ladder: the invoice stays at its step."))});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("action add"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    if (!p.isSet(QStringLiteral("channel")))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("channel")));
    const auto channel = channelFromKey(p.value(QStringLiteral("channel")));
    if (!channel)
        return fail(ctx, Error(Tr::tr("\"%1\" is not one of %2")
                                   .arg(p.value(QStringLiteral("channel")), channels.join(QStringLiteral(", "))),
                               QStringLiteral("channel")));
    const auto outcome = outcomeFromKey(
        p.value(QStringLiteral("result")).isEmpty() ? QStringLiteral("done") : p.value(QStringLiteral("result")));
    if (!outcome)
        return fail(ctx, Error(Tr::tr("\"%1\" is not one of done, no_answer, promised, disputed")
                                   .arg(p.value(QStringLiteral("result"))),
                               QStringLiteral("result")));
    const Result<QDate> date = dateOption(p, QStringLiteral("date"), ctx.today);
    if (!date)
        return fail(ctx, date.error());
    const Result<QDate> receipt = dateOption(p, QStringLiteral("receipt"));
    if (!receipt)
        return fail(ctx, receipt.error());
    const Result<QDate> promised = dateOption(p, QStringLiteral("promised"));
    if (!promised)
        return fail(ctx, promised.error());

    ActionInput input;
    input.invoiceId = invoice->id;
    input.date = *date;
    input.channel = *channel;
    input.outcome = *outcome;
    input.notes = p.value(QStringLiteral("outcome"));
    input.trackingNumber = p.value(QStringLiteral("tracking"));
    input.receiptDate = *receipt;
    input.promisedDate = *promised;
    input.fulfilsStep = !p.isSet(QStringLiteral("note-only"));
    const CollectionService service(*ctx.db);
    const Result<qint64> id = service.recordAction(input, ctx.today);
    if (!id)
        return fail(ctx, id.error(),
                    {{QStringLiteral("receipt_date"), QStringLiteral("receipt")},
                     {QStringLiteral("tracking_number"), QStringLiteral("tracking")},
                     {QStringLiteral("promised_date"), QStringLiteral("promised")}});
    ctx.out << Tr::tr("Recorded action %1 on invoice %2.").arg(*id).arg(invoice->number) << Qt::endl;
    const auto claim = service.claim(invoice->id, *date);
    if (claim && claim->next)
        ctx.out << Tr::tr("Next step: %1, on %2.")
                       .arg(claim->ladder.steps.at(claim->next->stepIndex).displayName(), dates::iso(claim->next->date))
                << Qt::endl;
    else if (claim && claim->invoice.pause != PauseReason::None)
        ctx.out << Tr::tr("Chasing is paused: %1.").arg(pauseReasonLabel(claim->invoice.pause)) << Qt::endl;
    return Ok;
}

int actionReceiptCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Record the receipt of a registered letter: the steps after it count from "
                                       "that day."));
    p.addOptions({makeOption("action", Tr::tr("The action number printed by \"action add\" (required)."), "ID"),
                  makeOption("date", Tr::tr("Day of receipt or first presentation (required)."), "DATE"),
                  makeOption("tracking", Tr::tr("Tracking number, if not given before."), "NUMBER")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("action receipt"), args))
        return *exit;
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("action")).toLongLong(&ok);
    if (!ok)
        return fail(ctx, Error(Tr::tr("an action number is required"), QStringLiteral("action")));
    if (!p.isSet(QStringLiteral("date")))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("date")));
    const Result<QDate> date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return fail(ctx, date.error());
    const Status s =
        CollectionService(*ctx.db).recordReceipt(id, *date, p.value(QStringLiteral("tracking")), ctx.today);
    if (!s)
        return fail(ctx, s.error(), {{QStringLiteral("receipt_date"), QStringLiteral("date")}});
    ctx.out << Tr::tr("Receipt recorded.") << Qt::endl;
    return Ok;
}

int claimCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("What an invoice owes on a day: balance, late interest and indemnity with the "
                                       "breakdown, recovery risk, limitation, and its next step."));
    p.addOptions({makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"), asOfOption(), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("claim"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    const InvoiceClaim c = *CollectionService(*ctx.db).claim(invoice->id, *asOf);
    const QString nextStep = c.next ? c.ladder.steps.at(c.next->stepIndex).displayName() : QString();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject json = invoiceJson(c.invoice, *asOf);
        json.insert(QStringLiteral("profile"), c.profile.key);
        json.insert(QStringLiteral("contractual_rate"),
                    c.contractualRate ? QJsonValue(formatRate(*c.contractualRate)) : QJsonValue());
        json.insert(QStringLiteral("notice_date"),
                    c.noticeDate.isValid() ? QJsonValue(dates::iso(c.noticeDate)) : QJsonValue());
        json.insert(QStringLiteral("claim"), c.interest ? QJsonValue(interestJson(*c.interest)) : QJsonValue());
        json.insert(QStringLiteral("claim_unavailable"), c.interestUnavailable);
        json.insert(QStringLiteral("risk"), recoveryRiskKey(c.risk));
        json.insert(QStringLiteral("limitation_expires"), dates::iso(c.limitation.expires));
        json.insert(QStringLiteral("limitation_warning"), c.limitation.warn || c.limitation.expired);
        json.insert(QStringLiteral("terms_warning"), c.termsWarning);
        json.insert(QStringLiteral("paused"), pauseReasonKey(c.invoice.pause));
        json.insert(QStringLiteral("next_step"), c.next ? QJsonValue(nextStep) : QJsonValue());
        json.insert(QStringLiteral("next_step_date"), c.next ? QJsonValue(dates::iso(c.next->date)) : QJsonValue());
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    ctx.out << Tr::tr("Invoice %1, %2: balance %3 on %4 (%5)")
                   .arg(c.invoice.number, c.invoice.clientName, c.invoice.balance().toString(locale), dates::iso(*asOf),
                        c.profile.name())
            << Qt::endl;
    if (c.interest)
        printInterest(ctx, *c.interest);
    else
        ctx.out << c.interestUnavailable << Qt::endl;
    ctx.out << Tr::tr("Risk: %1").arg(recoveryRiskLabel(c.risk)) << Qt::endl;
    ctx.out << Tr::tr("Limitation: claims must be brought by %1 (%2).")
                   .arg(dates::iso(c.limitation.expires), c.profile.limitationBasis)
            << Qt::endl;
    if (!c.termsWarning.isEmpty())
        ctx.out << Tr::tr("Warning: %1").arg(c.termsWarning) << Qt::endl;
    if (c.invoice.pause != PauseReason::None)
        ctx.out << Tr::tr("Chasing is paused: %1.").arg(pauseReasonLabel(c.invoice.pause)) << Qt::endl;
    else if (c.next)
        ctx.out << Tr::tr("Next step: %1, on %2.").arg(nextStep, dates::iso(c.next->date)) << Qt::endl;
    return Ok;
}

namespace {
int setPause(Context &ctx, const QStringList &args, bool pause)
{
    QCommandLineParser p;
    p.setApplicationDescription(pause ? Tr::tr("Stop chasing an invoice for now (on hold; a dispute is opened with "
                                               "dispute add).")
                                      : Tr::tr("Chase a paused invoice again, from where it stood."));
    p.addOption(makeOption("invoice", Tr::tr("Invoice number (required)."), "NUMBER"));
    if (pause)
        p.addOption(makeOption("reason", Tr::tr("on_hold (the default and only one)."), "REASON"));
    if (auto exit =
            parseOrExit(ctx, p, pause ? QStringLiteral("invoice pause") : QStringLiteral("invoice resume"), args))
        return *exit;
    const Result<Invoice> invoice = invoiceOption(ctx, p);
    if (!invoice)
        return fail(ctx, invoice.error());
    PauseReason reason = PauseReason::None;
    if (pause) {
        const auto parsed =
            pauseReasonFromKey(p.value(QStringLiteral("reason")).isEmpty() ? QStringLiteral("on_hold")
                                                                           : p.value(QStringLiteral("reason")));
        if (!parsed || *parsed != PauseReason::OnHold)
            return fail(ctx, Error(Tr::tr("\"%1\" is not on_hold (a dispute is opened with dispute add)")
                                       .arg(p.value(QStringLiteral("reason"))),
                                   QStringLiteral("reason")));
        reason = *parsed;
    }
    if (Status s = CollectionService(*ctx.db).setPause(invoice->id, reason); !s)
        return fail(ctx, s.error());
    ctx.out << Tr::tr("Invoice %1: %2.").arg(invoice->number, pauseReasonLabel(reason)) << Qt::endl;
    return Ok;
}
}  // namespace

int invoicePauseCommand(Context &ctx, const QStringList &args) { return setPause(ctx, args, true); }
int invoiceResumeCommand(Context &ctx, const QStringList &args) { return setPause(ctx, args, false); }

int ratesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("The rate table: ECB rate on 1 January / 1 July, French legal rates and "
                                       "Belgian B2B rate per half-year, with the ones you added."));
    p.addOption(jsonOption());
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("rates"), args))
        return *exit;
    const RateTable table = CollectionSettingsService(*ctx.db).rates();
    QJsonArray rows;
    if (!p.isSet(QStringLiteral("json")))
        ctx.out << Tr::tr("Half     ECB    Legal (person)  Legal (other)  Belgium B2B  Source") << Qt::endl;
    for (HalfYear h = table.firstHalf(); h <= table.lastCompleteHalf().next(); h = h.next()) {
        const HalfYearRates r = table.ratesOf(h);
        if (p.isSet(QStringLiteral("json"))) {
            auto value = [](const std::optional<int> &v) { return v ? QJsonValue(formatRate(*v)) : QJsonValue(); };
            rows.append(QJsonObject{{QStringLiteral("half"), h.key()},
                                    {QStringLiteral("ecb"), value(r.ecb)},
                                    {QStringLiteral("legal_natural_person"), value(r.legalNaturalPerson)},
                                    {QStringLiteral("legal_other"), value(r.legalOther)},
                                    {QStringLiteral("be_b2b"), value(r.belgianB2b)},
                                    {QStringLiteral("user_added"), r.userAdded},
                                    {QStringLiteral("source"), r.source}});
            continue;
        }
        ctx.out << h.key().leftJustified(9) << rateOrDash(r.ecb).leftJustified(7)
                << rateOrDash(r.legalNaturalPerson).leftJustified(16) << rateOrDash(r.legalOther).leftJustified(15)
                << rateOrDash(r.belgianB2b).leftJustified(13)
                << (r.userAdded ? r.source : Tr::tr("shipped with Relance")) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return Ok;
}

int ratesAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Add the rates of a new half-year once they are published."));
    p.addOptions(
        {makeOption("half", Tr::tr("The half-year, e.g. 2026-H2 (required)."), "HALF"),
         makeOption("ecb", Tr::tr("ECB main refinancing rate in force on its first day, e.g. 2.15."), "PERCENT"),
         makeOption("legal-natural", Tr::tr("French legal rate, creditor a private person."), "PERCENT"),
         makeOption("legal-other", Tr::tr("French legal rate, other cases."), "PERCENT"),
         makeOption("be-b2b", Tr::tr("Belgian late-payment rate for businesses."), "PERCENT"),
         makeOption("source", Tr::tr("Where the values come from (required)."), "TEXT")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("rates add"), args))
        return *exit;
    const auto half = HalfYear::fromKey(p.value(QStringLiteral("half")));
    if (!half)
        return fail(ctx, Error(Tr::tr("\"%1\" is not a half-year such as 2026-H2").arg(p.value(QStringLiteral("half"))),
                               QStringLiteral("half")));
    HalfYearRates r;
    r.half = *half;
    r.source = p.value(QStringLiteral("source"));
    const QList<std::pair<const char *, std::optional<int> HalfYearRates::*>> fields{
        {"ecb", &HalfYearRates::ecb},
        {"legal-natural", &HalfYearRates::legalNaturalPerson},
        {"legal-other", &HalfYearRates::legalOther},
        {"be-b2b", &HalfYearRates::belgianB2b}};
    for (const auto &[name, member] : fields) {
        const Result<std::optional<int>> rate = rateOption(p, QString::fromLatin1(name));
        if (!rate)
            return fail(ctx, rate.error());
        r.*member = *rate;
    }
    if (Status s = CollectionSettingsService(*ctx.db).addHalfYear(r, ctx.today); !s)
        return fail(ctx, s.error(),
                    {{QStringLiteral("legal_natural_person"), QStringLiteral("legal-natural")},
                     {QStringLiteral("legal_other"), QStringLiteral("legal-other")},
                     {QStringLiteral("be_b2b"), QStringLiteral("be-b2b")}});
    ctx.out << Tr::tr("Added the rates of %1.").arg(half->key()) << Qt::endl;
    return Ok;
}

int ratesUpdateCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Read the ECB main refinancing rate from the ECB's data portal and add the half-years after the "
               "shipped table whose first day it now covers. A file that rewrites a published rate is refused "
               "whole."));
    const QCommandLineOption ecbUrl = makeOption(
        "ecb-url", Tr::tr("Where to read the series (default: the ECB data portal; http, https or file)."), "URL");
    p.addOption(ecbUrl);
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("rates update"), args))
        return *exit;
    const QUrl url = p.isSet(ecbUrl) ? QUrl::fromUserInput(p.value(ecbUrl)) : QUrl(QString::fromLatin1(kEcbMrrUrl));
    const Result<EcbUpdate> update = CollectionSettingsService(*ctx.db).updateEcbRates(url, ctx.today);
    if (!update)
        return fail(ctx, update.error(), {{QStringLiteral("url"), QStringLiteral("ecb-url")}});
    const QLocale locale;
    for (const HalfYearRates &r : update->added)
        ctx.out << Tr::tr("%1: ECB rate %2 (in force on %3), added.")
                       .arg(r.half.key(), formatRate(*r.ecb, locale),
                            locale.toString(r.half.firstDay(), QLocale::ShortFormat))
                << Qt::endl;
    for (const QString &note : update->notes)
        ctx.out << note << Qt::endl;
    if (update->added.isEmpty())
        ctx.out << Tr::tr("Nothing new: the series, read up to %1, adds no half-year.")
                       .arg(locale.toString(update->lastObservation, QLocale::ShortFormat))
                << Qt::endl;
    return Ok;
}

int ratesCarryForwardCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Use the last known rates for the next half-year while its rates are not "
                                       "published (you accept the approximation)."));
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("rates carry-forward"), args))
        return *exit;
    const Result<HalfYearRates> r = CollectionSettingsService(*ctx.db).carryForward(ctx.today);
    if (!r)
        return fail(ctx, r.error());
    ctx.out << Tr::tr("%1: %2").arg(r->half.key(), r->source) << Qt::endl;
    return Ok;
}

}  // namespace relance::cli
