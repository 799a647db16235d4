#include "ladderrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

namespace {
QString saving() { return QCoreApplication::translate("LadderRepository", "Saving the ladder"); }
}  // namespace

QList<Ladder> LadderRepository::all() const
{
    QList<Ladder> ladders;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, builtin_key FROM ladders ORDER BY id")))
        return ladders;
    while (q.next()) {
        Ladder l;
        l.id = q.value(0).toLongLong();
        l.name = q.value(1).toString();
        l.builtInKey = q.value(2).toString();
        index.insert(l.id, ladders.size());
        ladders << l;
    }
    if (!q.exec(QStringLiteral("SELECT ladder_id, template_key, label, offset_days, anchor, day_kind, channel, tone, "
                               "payment_deadline_days, auto_send FROM ladder_steps ORDER BY ladder_id, position")))
        return ladders;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        LadderStep s;
        s.templateKey = q.value(1).toString();
        s.label = q.value(2).toString();
        s.offsetDays = q.value(3).toInt();
        s.anchor = anchorFromKey(q.value(4).toString()).value_or(StepAnchor::DueDate);
        s.dayKind = dayKindFromKey(q.value(5).toString()).value_or(DayKind::Calendaires);
        s.channel = channelFromKey(q.value(6).toString()).value_or(Channel::Email);
        s.tone = toneFromKey(q.value(7).toString()).value_or(Tone::Friendly);
        s.paymentDeadlineDays = q.value(8).toInt();
        s.autoSend = q.value(9).toBool();
        ladders[*it].steps << s;
    }
    return ladders;
}

std::optional<Ladder> LadderRepository::find(qint64 id) const
{
    for (const Ladder &l : all())
        if (l.id == id)
            return l;
    return std::nullopt;
}

Result<qint64> LadderRepository::save(const Ladder &ladder) const
{
    QSqlQuery q(m_db.connection());
    qint64 id = ladder.id;
    if (id == 0) {
        q.prepare(QStringLiteral("INSERT INTO ladders (name, builtin_key) VALUES (?, ?)"));
        q.addBindValue(ladder.name.trimmed());
        q.addBindValue(notNull(ladder.builtInKey));
        if (!q.exec())
            return sqlError(q, saving());
        id = q.lastInsertId().toLongLong();
    } else {
        q.prepare(QStringLiteral("UPDATE ladders SET name = ? WHERE id = ?"));
        q.addBindValue(ladder.name.trimmed());
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, saving());
        q.prepare(QStringLiteral("DELETE FROM ladder_steps WHERE ladder_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, saving());
    }
    q.prepare(QStringLiteral("INSERT INTO ladder_steps (ladder_id, position, template_key, label, offset_days, anchor, "
                             "day_kind, channel, tone, payment_deadline_days, auto_send) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < ladder.steps.size(); ++i) {
        const LadderStep &s = ladder.steps.at(i);
        q.addBindValue(id);
        q.addBindValue(int(i));
        q.addBindValue(s.templateKey);
        q.addBindValue(notNull(s.label));
        q.addBindValue(s.offsetDays);
        q.addBindValue(anchorKey(s.anchor));
        q.addBindValue(dayKindKey(s.dayKind));
        q.addBindValue(channelKey(s.channel));
        q.addBindValue(toneKey(s.tone));
        q.addBindValue(s.paymentDeadlineDays);
        q.addBindValue(s.autoSend ? 1 : 0);
        if (!q.exec())
            return sqlError(q, saving());
    }
    return id;
}

Status LadderRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM ladders WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("LadderRepository", "Removing the ladder"));
    return success();
}

int LadderRepository::clientsUsing(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE ladder_id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace relance
