#pragma once

#include "domain/money.h"
#include "domain/result.h"
#include "ratetable.h"

#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

namespace relance {

// Whose law sets the rate (LEGAL.md sections 3, 4 and 11).
// France B2B (Code de commerce L441-10): contractual rate, else ECB rate of 1 January / 1 July
// + 10 points, from the day after the due date; 40 EUR per late invoice (D441-5).
// France B2C (Code civil 1231-6, 1344-1): legal rate "other cases" from the day after the formal
// notice; no indemnity. Belgium B2B (law of 2 August 2002): ECB + 8 points rounded up to the next
// half point; 40 EUR.
enum class InterestProfile { FranceB2B, FranceB2C, BelgiumB2B };
std::optional<InterestProfile> interestProfileFromKey(const QString &key);  // fr-b2b, fr-b2c, be-b2b
QString interestProfileKey(InterestProfile profile);

struct InterestRequest
{
    InterestProfile profile = InterestProfile::FranceB2B;
    Money principal;  // the amount due, VAT included
    QDate dueDate;
    QDate until;                                    // the last day counted (the payment date, or today), included
    QDate noticeDate;                               // France B2C: the formal notice; interest runs from the next day
    std::optional<int> contractualRateBasisPoints;  // replaces the legal default (B2B only)
    QList<QPair<QDate, qint64>> partialPayments;    // (date, cents): the balance drops the next day
    bool divisor366InLeapYears = false;             // actual/365 by default (sources differ)
};

// One period at one balance and one rate; slices break at each half-year and each payment.
struct InterestSlice
{
    QDate from;
    QDate to;  // included
    int days = 0;
    qint64 balanceCents = 0;
    int rateBasisPoints = 0;
    int divisor = 365;
    qint64 roundedCents = 0;  // this slice alone, for display; the total is rounded once
    QString basis;            // how the rate was found, for letters: "ECB 4.50% on 1 January 2024 + 10 points"
};

struct InterestResult
{
    QList<InterestSlice> slices;
    Money interest;   // sum of the unrounded slices, rounded half-up to the cent once
    Money indemnity;  // fixed recovery indemnity (EUR), zero when the profile has none
    Money balance;    // what is still unpaid on `until`
    int days() const;
    // Balance + interest, + the indemnity when it is in the same currency.
    Money totalClaimed() const;
};

// Errors name the field: principal, due_date, until, notice_date, rate (the contractual rate);
// a period the rate table does not cover is an error (field rate_table) naming the period,
// never a guess.
Result<InterestResult> computeLateInterest(const InterestRequest &request,
                                           const RateTable &rates = RateTable::builtIn());

}  // namespace relance
