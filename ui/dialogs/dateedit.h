#pragma once

class QDateEdit;
class QWidget;

namespace relance::ui {

// The date field of every editor: a calendar popup and the locale's short format with a
// four-digit year (some locales' short format has two, which reads ambiguously on invoices).
QDateEdit *makeDateEdit(QWidget *parent, const char *objectName);

}  // namespace relance::ui
