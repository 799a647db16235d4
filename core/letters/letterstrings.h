#pragma once

#include "domain/money.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace relance {

// The words a letter prints around its template (table headers, "Objet :", page numbers...),
// in the letter's language, which may differ from the interface's: a French user writes to an
// English client in English. Read from resources/letters/<lang>/strings.txt. A key may have a
// regional wording, "key@BE = ...", used for readers in that country (Belgians read "TVAC" where
// the French read "TTC").
class LetterStrings
{
public:
    static QStringList languages();  // "fr", "en"
    // `country` (ISO 3166 alpha-2, the reader's) picks the regional wordings where there are any.
    static const LetterStrings &of(const QString &language, const QString &country = QString());

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    // The text for a key; the key itself when missing (a test checks none is).
    QString get(const QString &key) const;
    bool has(const QString &key) const { return m_text.contains(key); }
    QStringList keys() const;  // without the regional variants

    QString date(const QDate &day) const;       // "23 novembre 2026", "1er juillet 2025", "23 November 2026"
    QString shortDate(const QDate &day) const;  // "23/11/2026"
    QString money(const Money &amount) const { return amount.toString(m_locale); }
    QString percent(int basisPoints) const;        // "12,15 %"
    QString list(const QStringList &items) const;  // "a, b et c"
    // "1 jour", "8 jours": the keys "<key>.one" and "<key>.other" with %1; French uses the
    // singular for 0 and 1, English for 1 only.
    QString count(const QString &key, qint64 n) const;

private:
    QString m_language;
    QString m_region;  // "@BE", or empty
    QLocale m_locale;
    QHash<QString, QString> m_text;
};

}  // namespace relance
