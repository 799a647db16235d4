#pragma once

#include "domain/money.h"
#include "domain/result.h"
#include "jurisdiction.h"
#include "ratetable.h"

#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

namespace relance {

struct InterestRequest
{
    // Whose law applies (interest start, rate rule, indemnity): see jurisdiction.h.
    JurisdictionProfile profile = *ProfileSet::builtIn().find(QStringLiteral("fr-b2b"));
    Money principal;  // the amount due, VAT included
    QDate dueDate;
    QDate until;       // the last day counted (the payment date, or today), included
    QDate noticeDate;  // consumers: the formal notice (Belgium: the first reminder); interest runs after it
    std::optional<int> contractualRateBasisPoints;  // replaces the legal default where the profile allows
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
    // A contractual rate under the L441-10 floor does not apply: the default rate does (-1: none set aside).
    int setAsideContractualBasisPoints = -1;
    int floorBasisPoints = 0;
};

struct InterestResult
{
    QList<InterestSlice> slices;
    Money interest;      // sum of the unrounded slices, rounded half-up to the cent once
    Money indemnity;     // fixed recovery indemnity (EUR), zero when the profile has none
    Money balance;       // what is still unpaid on `until`
    QDate interestFrom;  // the first day interest runs
    // What the user must know about the rates used, e.g. a contractual rate under the legal floor.
    QStringList warnings;
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
