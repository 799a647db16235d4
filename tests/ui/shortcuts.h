#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMultiHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTabWidget>

namespace relance::test {

// Alt+letter must lead to one place: a wizard's Next and a field's label sharing a letter sends
// "Next" to the field. Lists the letters used twice among what is in sight in `window` (labels
// with a buddy, buttons, tabs, checkable group boxes, a menu bar's menus): "s: &Save / &Status". Empty when none.
inline QString clashingShortcuts(QWidget *window)
{
    QMultiHash<QChar, QString> users;
    static const QRegularExpression mnemonic(QStringLiteral("(?:^|[^&])&([^& ])"));
    auto note = [&](const QString &text) {
        if (const auto m = mnemonic.match(text); m.hasMatch())
            users.insert(m.captured(1).at(0).toLower(), text);
    };
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisibleTo(window) && label->buddy() && label->buddy()->isVisibleTo(window))
            note(label->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(window))
            note(button->text());
    for (QGroupBox *box : window->findChildren<QGroupBox *>())
        if (box->isVisibleTo(window) && box->isCheckable())
            note(box->title());
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        if (bar->isVisibleTo(window))
            for (const QAction *menu : bar->actions())
                note(menu->text());
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>())
        if (tabs->isVisibleTo(window))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    note(tabs->tabText(i));
    QStringList clashes;
    for (const QChar key : users.uniqueKeys())
        if (users.count(key) > 1)
            clashes << QStringLiteral("%1: %2").arg(key, users.values(key).join(QStringLiteral(" / ")));
    return clashes.join(QStringLiteral("; "));
}

}  // namespace relance::test
