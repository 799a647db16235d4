#pragma once

#include <QString>

class QComboBox;

namespace relance {
class Database;
}

namespace relance::ui {

// Fills a combo box with every client (name shown, id as item data) after a first item
// (`noneText`, data 0), keeping the client that was selected, without emitting changes.
void fillClientCombo(QComboBox *combo, const Database &db, const QString &noneText);

}  // namespace relance::ui
