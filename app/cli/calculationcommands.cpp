#include "commands.h"

#include "domain/dates.h"
#include "jsonformat.h"
#include "rules/businesscalendar.h"
#include "rules/lateinterest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relance::cli {

int deadlineCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("The day a deadline expires: the start day does not count, and a deadline ending on a Saturday, "
               "Sunday or public holiday moves to the next working day."));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Start day, e.g. the receipt of a letter (required)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption days(QStringLiteral("days"), Tr::tr("Length of the deadline (required)."),
                                  QStringLiteral("N"));
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("ouvrables, ouvres or calendaires (default)."),
                                  QStringLiteral("KIND"), QStringLiteral("calendaires"));
    const QCommandLineOption calendar(QStringLiteral("calendar"), Tr::tr("fr (default) or fr-alsace-moselle."),
                                      QStringLiteral("CALENDAR"), QStringLiteral("fr"));
    p.addOptions({from, days, kind, calendar});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("deadline"), args))
        return *exit;
    if (!p.isSet(from))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("from")));
    const Result<QDate> start = dateOption(p, QStringLiteral("from"));
    if (!start)
        return fail(ctx, start.error());
    bool ok = false;
    const int count = p.value(days).toInt(&ok);
    if (!ok || count < 0 || count > 3650)
        return fail(ctx, Error(Tr::tr("\"%1\" is not a number of days from 0 to 3650").arg(p.value(days)),
                               QStringLiteral("days")));
    const auto dayKind = dayKindFromKey(p.value(kind));
    if (!dayKind)
        return fail(ctx, Error(Tr::tr("\"%1\" is not one of ouvrables, ouvres, calendaires").arg(p.value(kind)),
                               QStringLiteral("kind")));
    const auto cal = calendarFromKey(p.value(calendar));
    if (!cal)
        return fail(ctx, Error(Tr::tr("\"%1\" is not one of fr, fr-alsace-moselle").arg(p.value(calendar)),
                               QStringLiteral("calendar")));
    ctx.out << dates::iso(deadline(*start, count, *dayKind, *cal)) << Qt::endl;
    return Ok;
}

int interestCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Late-payment interest and the fixed recovery indemnity on an amount, with the breakdown by period."));
    const QCommandLineOption amount(QStringLiteral("amount"), Tr::tr("Amount due, VAT included (required)."),
                                    QStringLiteral("AMOUNT"));
    const QCommandLineOption due(QStringLiteral("due"), Tr::tr("Due date (required)."), QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   Tr::tr("Last day counted: the payment date (default: today)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption profile(QStringLiteral("profile"), Tr::tr("fr-b2b (default), fr-b2c, be-b2b or be-b2c."),
                                     QStringLiteral("PROFILE"), QStringLiteral("fr-b2b"));
    const QCommandLineOption rate(QStringLiteral("rate"), Tr::tr("Contractual annual rate in %, e.g. 8.28."),
                                  QStringLiteral("PERCENT"));
    const QCommandLineOption notice(QStringLiteral("notice-date"),
                                    Tr::tr("Date of the formal notice (required for consumers; for be-b2c the first "
                                           "reminder)."),
                                    QStringLiteral("DATE"));
    const QCommandLineOption leap(QStringLiteral("leap-366"), Tr::tr("Divide by 366 in leap years."));
    p.addOptions({amount, due, until, profile, rate, notice, leap, jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("interest"), args))
        return *exit;

    InterestRequest request;
    const JurisdictionProfile *chosen = ProfileSet::builtIn().find(p.value(profile));
    if (!chosen)
        return fail(ctx, Error(Tr::tr("\"%1\" is not one of %2")
                                   .arg(p.value(profile), ProfileSet::builtIn().keys().join(QStringLiteral(", "))),
                               QStringLiteral("profile")));
    request.profile = *chosen;
    const Result<Money> principal = moneyOption(p, QStringLiteral("amount"), QStringLiteral("EUR"));
    if (!principal)
        return fail(ctx, principal.error());
    request.principal = *principal;
    if (!p.isSet(due))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("due")));
    const Result<QDate> dueDate = dateOption(p, QStringLiteral("due"));
    if (!dueDate)
        return fail(ctx, dueDate.error());
    request.dueDate = *dueDate;
    const Result<QDate> end = dateOption(p, QStringLiteral("until"), ctx.today);
    if (!end)
        return fail(ctx, end.error());
    request.until = *end;
    const Result<QDate> noticeDate = dateOption(p, QStringLiteral("notice-date"));
    if (!noticeDate)
        return fail(ctx, noticeDate.error());
    request.noticeDate = *noticeDate;
    if (p.isSet(rate)) {
        request.contractualRateBasisPoints = parseRate(p.value(rate));
        if (!request.contractualRateBasisPoints)
            return fail(ctx,
                        Error(Tr::tr("\"%1\" is not a rate such as 8.28").arg(p.value(rate)), QStringLiteral("rate")));
    }
    request.divisor366InLeapYears = p.isSet(leap);

    const Result<InterestResult> result = computeLateInterest(request);
    if (!result)
        return fail(ctx, result.error(),
                    {{QStringLiteral("principal"), QStringLiteral("amount")},
                     {QStringLiteral("due_date"), QStringLiteral("due")},
                     {QStringLiteral("notice_date"), QStringLiteral("notice-date")},
                     {QStringLiteral("rate_table"), QString()}});
    const InterestResult &r = *result;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject json = interestJson(r);
        json.insert(QStringLiteral("profile"), request.profile.key);
        json.insert(QStringLiteral("amount"), request.principal.toDecimalString());
        json.insert(QStringLiteral("due_date"), dates::iso(request.dueDate));
        json.insert(QStringLiteral("until"), dates::iso(request.until));
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    printInterest(ctx, r);
    return Ok;
}

void printInterest(Context &ctx, const InterestResult &r)
{
    const QLocale locale;
    ctx.out << Tr::tr("Interest:  %1 (%n day(s))", nullptr, r.days()).arg(r.interest.toString(locale)) << Qt::endl
            << Tr::tr("Indemnity: %1").arg(r.indemnity.toString(locale)) << Qt::endl
            << Tr::tr("Total:     %1 (amount, interest and indemnity)").arg(r.totalClaimed().toString(locale))
            << Qt::endl;
    for (const InterestSlice &s : r.slices)
        ctx.out << "  " << dates::iso(s.from) << " → " << dates::iso(s.to) << "  "
                << Tr::tr("%n day(s)", nullptr, s.days).leftJustified(9) << "  "
                << Money(s.balanceCents, r.interest.currency()).toString(locale).rightJustified(12) << "  "
                << formatRate(s.rateBasisPoints, locale).rightJustified(8) << "  "
                << Money(s.roundedCents, r.interest.currency()).toString(locale).rightJustified(10) << "  " << s.basis
                << Qt::endl;
    for (const QString &warning : r.warnings)
        ctx.out << Tr::tr("Warning: %1").arg(warning) << Qt::endl;
}

}  // namespace relance::cli
