#include "settingsrepository.h"

#include "database.h"
#include "domain/dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

namespace {
std::optional<int> readInt(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<int>(v.toInt()); }
}  // namespace

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString &key, const QString &value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("SettingsRepository", "Saving the settings"));
    return success();
}

QList<HalfYearRates> SettingsRepository::userRates() const
{
    QList<HalfYearRates> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT half, ecb_bp, legal_natural_bp, legal_other_bp, be_b2b_bp, source, "
                               "carried_forward, added_on FROM user_rates ORDER BY half")))
        return result;
    while (q.next()) {
        const auto half = HalfYear::fromKey(q.value(0).toString());
        if (!half)
            continue;
        HalfYearRates r;
        r.half = *half;
        r.ecb = readInt(q.value(1));
        r.legalNaturalPerson = readInt(q.value(2));
        r.legalOther = readInt(q.value(3));
        r.belgianB2b = readInt(q.value(4));
        r.source = q.value(5).toString();
        r.carriedForward = q.value(6).toBool();
        r.userAdded = true;
        // A shipped wording is not stored (it would stay in the language of whoever carried the
        // rates forward, the CLI under a C locale say): it is written here, in the reader's.
        const QDate addedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        if (r.carriedForward && r.source.isEmpty())
            r.source = carriedForwardSource(r.half, addedOn);
        else if (r.source == kEcbPortalSourceKey)
            r.source = ecbPortalSource(addedOn);
        result << r;
    }
    return result;
}

Status SettingsRepository::insertUserRates(const HalfYearRates &r, const QDate &addedOn) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO user_rates (half, ecb_bp, legal_natural_bp, legal_other_bp, be_b2b_bp, "
                             "source, added_on, carried_forward) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.half.key());
    q.addBindValue(nullable(r.ecb));
    q.addBindValue(nullable(r.legalNaturalPerson));
    q.addBindValue(nullable(r.legalOther));
    q.addBindValue(nullable(r.belgianB2b));
    q.addBindValue(notNull(r.source));
    q.addBindValue(dates::iso(addedOn));
    q.addBindValue(r.carriedForward ? 1 : 0);
    if (!q.exec())
        return sqlError(q,
                        QCoreApplication::translate("SettingsRepository", "Saving the rates of %1").arg(r.half.key()));
    return success();
}

Status SettingsRepository::removeUserRates(const HalfYear &half) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM user_rates WHERE half = ?"));
    q.addBindValue(half.key());
    if (!q.exec())
        return sqlError(q,
                        QCoreApplication::translate("SettingsRepository", "Removing the rates of %1").arg(half.key()));
    return success();
}

}  // namespace relance
