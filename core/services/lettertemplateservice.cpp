#include "lettertemplateservice.h"

#include "domain/dates.h"
#include "letters/letterstrings.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplateService)
};
}  // namespace

QString LetterTemplateService::builtInText(LetterKind kind, const QString &language)
{
    QFile file(QStringLiteral(":/letters/%1/%2.txt").arg(language, letterKindKey(kind)));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString LetterTemplateService::stored(LetterKind kind, const QString &language, const QString &profile) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM letter_templates WHERE kind = ? AND language = ? AND profile = ?"));
    q.addBindValue(letterKindKey(kind));
    q.addBindValue(language);
    q.addBindValue(notNull(profile));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString LetterTemplateService::text(LetterKind kind, const QString &language, const QString &profile) const
{
    for (const QString &p : {profile, QString()}) {
        const QString t = stored(kind, language, p);
        if (!t.isEmpty())
            return t;
        if (p.isEmpty())
            break;
    }
    return builtInText(kind, language);
}

bool LetterTemplateService::isCustomised(LetterKind kind, const QString &language, const QString &profile) const
{
    return !stored(kind, language, profile).isEmpty();
}

Result<LetterTemplate> LetterTemplateService::validate(const QString &text, const QString &origin)
{
    const Result<LetterTemplate> parsed = LetterTemplate::parse(text, origin);
    if (!parsed)
        return parsed;
    const QList<Error> problems = checkTemplate(*parsed);
    if (problems.isEmpty())
        return parsed;
    QStringList lines;
    for (const Error &e : problems)
        lines << Tr::tr("line %1 %2: %3").arg(e.line).arg(e.file, e.message);
    return Error(Tr::tr("The template has %n problem(s):\n%1", nullptr, int(problems.size()))
                     .arg(lines.join(QLatin1Char('\n'))),
                 problems.first().field)
        .at(origin, problems.first().line);
}

Result<LetterTemplate> LetterTemplateService::find(LetterKind kind, const QString &language,
                                                   const QString &profile) const
{
    if (!LetterStrings::languages().contains(language))
        return Error(Tr::tr("letters are written in %1, not \"%2\"")
                         .arg(LetterStrings::languages().join(QStringLiteral(", ")), language),
                     QStringLiteral("lang"));
    const QString origin = QStringLiteral("%1/%2").arg(language, letterKindKey(kind));
    return validate(text(kind, language, profile), origin);
}

Status LetterTemplateService::save(LetterKind kind, const QString &language, const QString &profile,
                                   const QString &text, const QDate &today) const
{
    if (const Result<LetterTemplate> checked =
            validate(text, QStringLiteral("%1/%2").arg(language, letterKindKey(kind)));
        !checked)
        return checked.error();
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO letter_templates (kind, language, profile, text, updated_on) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, language, profile) DO UPDATE SET "
                             "text = excluded.text, updated_on = excluded.updated_on"));
    q.addBindValue(letterKindKey(kind));
    q.addBindValue(language);
    q.addBindValue(notNull(profile));
    q.addBindValue(text);
    q.addBindValue(dates::iso(today));
    if (!q.exec())
        return sqlError(q, Tr::tr("Saving the template"));
    return tx.commit();
}

Status LetterTemplateService::reset(LetterKind kind, const QString &language, const QString &profile) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM letter_templates WHERE kind = ? AND language = ? AND profile = ?"));
    q.addBindValue(letterKindKey(kind));
    q.addBindValue(language);
    q.addBindValue(notNull(profile));
    if (!q.exec())
        return sqlError(q, Tr::tr("Restoring the template"));
    return tx.commit();
}

}  // namespace relance
