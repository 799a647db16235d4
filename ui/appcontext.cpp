#include "appcontext.h"

namespace relance::ui {

AppContext::AppContext(Database &db, const QDate &today, QObject *parent) : QObject(parent), m_db(&db), m_today(today)
{
}

void AppContext::setDatabase(Database &db)
{
    m_db = &db;
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
