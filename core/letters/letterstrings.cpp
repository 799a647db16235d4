#include "letterstrings.h"

#include <QFile>
#include <QMap>
#include <QSet>

namespace relance {

QStringList LetterStrings::languages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }

const LetterStrings &LetterStrings::of(const QString &language, const QString &country)
{
    // Each language once with its regional wordings; a regional copy per country that has some.
    static const QMap<QString, LetterStrings> all = [] {
        QMap<QString, LetterStrings> map;
        for (const QString &lang : languages()) {
            LetterStrings s;
            s.m_language = lang;
            s.m_locale = lang == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
            QFile file(QStringLiteral(":/letters/%1/strings.txt").arg(lang));
            if (file.open(QIODevice::ReadOnly))
                for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
                    const qsizetype eq = line.indexOf(QStringLiteral(" = "));
                    if (!line.startsWith(QLatin1Char('#')) && eq > 0)
                        s.m_text.insert(line.left(eq).trimmed(), line.mid(eq + 3).trimmed());
                }
            map.insert(lang, s);
            QSet<QString> regions;
            for (auto it = s.m_text.cbegin(); it != s.m_text.cend(); ++it)
                if (const qsizetype at = it.key().indexOf(QLatin1Char('@')); at > 0)
                    regions.insert(it.key().mid(at));
            for (const QString &region : regions) {
                LetterStrings regional = s;
                regional.m_region = region;
                map.insert(lang + region, regional);
            }
        }
        return map;
    }();
    auto it = all.constFind(language + QLatin1Char('@') + country.toUpper());
    if (it == all.cend())
        it = all.constFind(language);
    return it != all.cend() ? *it : *all.constFind(QStringLiteral("en"));
}

QString LetterStrings::get(const QString &key) const
{
    if (!m_region.isEmpty())
        if (const auto it = m_text.constFind(key + m_region); it != m_text.cend())
            return *it;
    return m_text.value(key, key);
}

QStringList LetterStrings::keys() const
{
    QStringList base;
    for (auto it = m_text.cbegin(); it != m_text.cend(); ++it)
        if (!it.key().contains(QLatin1Char('@')))
            base << it.key();
    return base;
}

QString LetterStrings::date(const QDate &day) const
{
    // The day and its month never part at a line's end ("le 2 / mars"): a no-break space.
    if (m_language == QLatin1String("fr") && day.day() == 1)
        return m_locale.toString(day, QStringLiteral("'1er'\u00a0MMMM yyyy"));
    return m_locale.toString(day, QStringLiteral("d\u00a0MMMM yyyy"));
}

QString LetterStrings::shortDate(const QDate &day) const
{
    return m_locale.toString(day, QStringLiteral("dd/MM/yyyy"));
}

QString LetterStrings::percent(int basisPoints) const
{
    const QString number = m_locale.toString(basisPoints / 100.0, 'f', 2);
    return m_language == QLatin1String("fr") ? number + QStringLiteral("\u00a0%") : number + QLatin1Char('%');
}

QString LetterStrings::list(const QStringList &items) const
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QLatin1Char(' ') +
           get(QStringLiteral("list.and")) + QLatin1Char(' ') + items.last();
}

QString LetterStrings::count(const QString &key, qint64 n) const
{
    const bool one = m_language == QLatin1String("fr") ? (n == 0 || n == 1) : n == 1;
    return get(key + (one ? QStringLiteral(".one") : QStringLiteral(".other"))).arg(n);
}

}  // namespace relance
