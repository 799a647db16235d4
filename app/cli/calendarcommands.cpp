#include "commands.h"

#include "domain/dates.h"
#include "rules/businesscalendar.h"

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

}  // namespace relance::cli
