#include "dateedit.h"

#include <QDateEdit>
#include <QLocale>

namespace relance::ui {

QDateEdit *makeDateEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setCalendarPopup(true);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

}  // namespace relance::ui
