#include "dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relance::dates {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dates)
};
}  // namespace

Result<QDate> parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{Tr::tr("the date is empty")};

    static const QRegularExpression isoRe(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression frRe(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    int year = 0, month = 0, day = 0;
    if (const auto m = isoRe.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto f = frRe.match(text); f.hasMatch()) {
        day = f.captured(1).toInt();
        month = f.captured(3).toInt();
        year = f.captured(4).toInt();
    } else {
        return Error{Tr::tr("\"%1\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)").arg(text)};
    }
    if (month < 1 || month > 12)
        return Error{Tr::tr("\"%1\": there is no month %2").arg(text).arg(month)};
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error{Tr::tr("\"%1\": day %2 does not exist in that month").arg(text).arg(day)};
    if (year < 1900 || year > 2999)
        return Error{Tr::tr("\"%1\": the year is out of range").arg(text)};
    return date;
}

}  // namespace relance::dates
