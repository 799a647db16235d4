#pragma once

#include <QColor>
#include <QPalette>

namespace relance::test {

// A dark theme as a desktop gives one: what the contrast checks and the dark screenshots use.
inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(61, 142, 240));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::Mid, QColor(90, 90, 90));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    // Greyed as a desktop theme greys them: a disabled button must not look enabled.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(125, 125, 125));
    return dark;
}

}  // namespace relance::test
