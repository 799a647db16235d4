#include "appcontext.h"

#include "undohistory.h"

namespace relance::ui {

AppContext::AppContext(Database &db, const QDate &today, QObject *parent)
    : QObject(parent), m_db(&db), m_undo(new UndoHistory(this)), m_today(today)
{
    m_undo->attach(db);
    connect(m_undo, &UndoHistory::replayed, this, &AppContext::dataChanged);
}

void AppContext::setDatabase(Database &db)
{
    m_db = &db;
    m_undo->attach(db);
    emit dataChanged();
}

void AppContext::notifyDataChanged(const QString &what)
{
    m_undo->capture(what);
    emit dataChanged();
}

void AppContext::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    emit dataChanged();
}

}  // namespace relance::ui
