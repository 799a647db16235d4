#include "formfields.h"

#include "rules/ratetable.h"

#include <QLocale>

#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace relance::ui {

QLineEdit *makeLineEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

QPlainTextEdit *makeTextEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

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

QString rateEditText(int basisPoints)
{
    return formatRate(basisPoints).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

std::optional<int> parseRateText(const QString &text)
{
    return parseRate(QString(text).remove(QLatin1Char('%')).trimmed());
}

}  // namespace relance::ui
