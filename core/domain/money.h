#pragma once

#include "result.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace relance {

// An amount of money: an integer count of minor units (cents) and an ISO 4217 code.
// No floating point ever holds an amount. Every currency Relance handles has two decimals.
class Money
{
public:
    Money() = default;
    Money(qint64 cents, QString currency) : m_cents(cents), m_currency(std::move(currency)) {}
    static Money eur(qint64 cents) { return Money(cents, QStringLiteral("EUR")); }

    qint64 cents() const { return m_cents; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_cents == 0; }
    bool isNegative() const { return m_cents < 0; }

    // Arithmetic between two amounts of the same currency (asserted: mixing is a bug upstream).
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_cents, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    bool operator==(const Money &other) const = default;

    // "1234.56" or "-0.05": the stable form for JSON, CSV and the database's text exports.
    QString toDecimalString() const;
    // For people: grouping, decimal separator and currency symbol of the locale,
    // e.g. "1 234,56 €" in French (no-break spaces: see toString's note on U+202F).
    QString toString(const QLocale &locale = QLocale()) const;
    // Sums in several currencies: "1 200,00 € + 300,00 CHF"; empty for none.
    static QString toString(const QList<Money> &amounts, const QLocale &locale = QLocale());

    // For an edit field: "1234,56" in French, "1234.56" in English (no grouping, no symbol),
    // which parse() reads back.
    QString toEditText(const QLocale &locale = QLocale()) const;

    // Parses what a person types: "1234.56", "1 234,56", "1.234,56", "1,234.56", "12", "-3,5",
    // an optional trailing "€" or currency code. Rejects anything ambiguous or malformed
    // ("12,3,4", "1,234" with three decimals, "12a") with a message naming the problem.
    static Result<Money> parse(const QString &text, const QString &currency = QStringLiteral("EUR"));

    static bool isValidCurrencyCode(const QString &code);

private:
    qint64 m_cents = 0;
    QString m_currency = QStringLiteral("EUR");
};

}  // namespace relance
