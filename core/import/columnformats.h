#pragma once

#include "domain/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace relance {

// How a file writes its amounts and dates, guessed from a whole column so that one value is
// never read two ways ("01/02/2025": 1 February in a column that also holds 31/01/2025).

// "Date d'échéance" -> "datedecheance": what a column header means, whatever its case and accents.
QString normalisedHeader(const QString &header);

enum class DecimalMark { Point, Comma };
// The mark that ends the amounts of a column ("1 234,56" or "1,234.56"); comma when nothing tells.
DecimalMark guessDecimalMark(const QStringList &samples);
// Cents from "1 234,56", "1.234,56 €", "-12.5", "(45.00)", with the column's mark: thousands
// grouped by threes (space, no-break space, apostrophe or the other mark), at most two decimals.
// "12,3,4" is refused.
Result<qint64> parseAmountCents(const QString &text, DecimalMark mark);

enum class DateFormat { Iso, DayMonthYear, MonthDayYear, YearMonthDayCompact, MonthNameDayYear, DayMonthNameYear };
QString dateFormatLabel(DateFormat format);  // "2025-12-31", "31/12/2025", "12/31/2025", "Jan 28 2021"...
// The first format that reads every sample; day-month-year when both orders would.
DateFormat guessDateFormat(const QStringList &samples);
// Strict: 30 February is refused, not rolled over. Separators / . - and spaces are accepted
// for the numeric forms, and a two-digit year is of this century ("01/04/20": 1 April 2020); month names in English or
// French, full or abbreviated.
Result<QDate> parseDate(const QString &text, DateFormat format);

}  // namespace relance
