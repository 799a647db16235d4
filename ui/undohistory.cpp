#include "undohistory.h"

#include "storage/undolog.h"

#include <QHash>
#include <QUndoStack>

namespace relance::ui {

// One user action: a range of the undo log, which becomes the range that redoes it once
// undone, and back.
class LoggedChange : public QUndoCommand
{
public:
    LoggedChange(UndoHistory &history, qint64 from, qint64 to, const QString &text)
        : QUndoCommand(text), m_history(history), m_from(from), m_to(to)
    {
    }
    void undo() override
    {
        if (!m_history.replay(m_from, m_to))
            setObsolete(true);
    }
    void redo() override
    {
        if (m_first) {  // pushed after it was done
            m_first = false;
            return;
        }
        if (!m_history.replay(m_from, m_to))
            setObsolete(true);
    }

private:
    UndoHistory &m_history;
    qint64 m_from, m_to;
    bool m_first = true;
};

namespace {
// What a step is called, from the first table it touched that a user would name.
QString describe(const QStringList &tables)
{
    static const QList<QPair<QString, const char *>> names{
        {QStringLiteral("invoices"), QT_TRANSLATE_NOOP("UndoHistory", "invoice")},
        {QStringLiteral("payments"), QT_TRANSLATE_NOOP("UndoHistory", "payment")},
        {QStringLiteral("clients"), QT_TRANSLATE_NOOP("UndoHistory", "client")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("UndoHistory", "step done")},
        {QStringLiteral("plans"), QT_TRANSLATE_NOOP("UndoHistory", "payment plan")},
        {QStringLiteral("settlements"), QT_TRANSLATE_NOOP("UndoHistory", "settlement")},
        {QStringLiteral("disputes"), QT_TRANSLATE_NOOP("UndoHistory", "dispute")},
        {QStringLiteral("promises"), QT_TRANSLATE_NOOP("UndoHistory", "promise")},
        {QStringLiteral("bank_transactions"), QT_TRANSLATE_NOOP("UndoHistory", "bank credits")},
        {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("UndoHistory", "your company")},
        {QStringLiteral("ladders"), QT_TRANSLATE_NOOP("UndoHistory", "ladder")},
        {QStringLiteral("ladder_steps"), QT_TRANSLATE_NOOP("UndoHistory", "ladder")},
    };
    // Payments first: recording one also updates its invoices' paid totals.
    for (const auto &[table, name] : names)
        if (table == QLatin1String("payments") && tables.contains(table))
            return UndoHistory::tr("Change to %1").arg(UndoHistory::tr(name));
    for (const auto &[table, name] : names)
        if (tables.contains(table))
            return UndoHistory::tr("Change to %1").arg(UndoHistory::tr(name));
    return UndoHistory::tr("Change to settings");
}
}  // namespace

UndoHistory::UndoHistory(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(100);
}

UndoHistory::~UndoHistory() = default;

void UndoHistory::attach(Database &db)
{
    m_stack->clear();
    m_log = std::make_unique<UndoLog>(db);
    if (const Status installed = m_log->install(); !installed) {
        m_log.reset();  // no undo rather than a wrong one
        emit failed(installed.error().message);
        return;
    }
    m_last = m_log->mark();
}

void UndoHistory::capture(const QString &what)
{
    if (!m_log || m_replaying)
        return;
    const qint64 now = m_log->mark();
    if (now <= m_last)
        return;
    const QStringList tables = m_log->tablesTouched(m_last, now);
    if (tables.contains(QLatin1String("letters"))) {
        m_stack->clear();
        m_log->discardThrough(now);
    } else {
        m_stack->push(new LoggedChange(*this, m_last, now, what.isEmpty() ? describe(tables) : what));
    }
    m_last = now;
}

bool UndoHistory::replay(qint64 &from, qint64 &to)
{
    if (!m_log)
        return false;
    m_replaying = true;
    const Result<QPair<qint64, qint64>> back = m_log->replay(from, to);
    if (back) {
        from = back->first;
        to = back->second;
        m_last = m_log->mark();
    }
    emit replayed();
    m_replaying = false;
    if (!back)
        emit failed(back.error().message);
    return back.ok();
}

}  // namespace relance::ui
