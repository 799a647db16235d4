#include "formfields.h"
#include "widgets/datefield.h"

#include "rules/ratetable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace relance::ui {

QComboBox *makeLetterLanguageCombo(QWidget *parent, const char *objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->addItem(
        QCoreApplication::translate("relance::ui::FormFields", "The client's (French in France and Belgium)"),
        QString());
    combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    return combo;
}

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

namespace {

// The widgets of a layout item that take focus by Tab, in layout order.
void collectFocusable(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *w = item->widget()) {
        if (w->focusPolicy() & Qt::TabFocus)
            out << w;
        return;
    }
    if (QLayout *layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            collectFocusable(layout->itemAt(i), out);
}

}  // namespace

void tabInFormOrder(QFormLayout *form)
{
    QList<QWidget *> fields;
    for (int row = 0; row < form->rowCount(); ++row) {
        // A check box may stand as a row's label (an optional date): it comes before its field.
        if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
            label && label->widget() && !qobject_cast<QLabel *>(label->widget()))
            collectFocusable(label, fields);
        collectFocusable(form->itemAt(row, QFormLayout::FieldRole), fields);
        collectFocusable(form->itemAt(row, QFormLayout::SpanningRole), fields);
    }
    for (qsizetype i = 1; i < fields.size(); ++i)
        QWidget::setTabOrder(fields.at(i - 1), fields.at(i));
}

void markRequired(QFormLayout *form, QWidget *field)
{
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    if (!label)
        return;
    QString text = label->text();
    qsizetype end = text.lastIndexOf(QLatin1Char(':'));
    if (end < 0)
        end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.insert(end, QLatin1Char('*'));
    label->setText(text);
    field->setAccessibleDescription(QCoreApplication::translate("relance::ui::FormFields", "required"));
}

void disconnectChildren(QObject *owner)
{
    const QList<QObject *> children = owner->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, owner, nullptr);
}

DateField *makeDateField(QWidget *parent, const char *objectName, const QDate &today, const QDate &shown)
{
    auto *field = new DateField(today, parent);
    field->setObjectName(QString::fromLatin1(objectName));
    if (shown.isValid())
        field->setDate(shown);
    return field;
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
