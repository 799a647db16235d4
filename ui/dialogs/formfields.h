#pragma once

class QComboBox;
class QFormLayout;
class QLineEdit;
class QObject;
class QPlainTextEdit;
class QWidget;

#include <QDate>
#include <QString>

#include <optional>

namespace relance::ui {

class DateField;

// The fields every editor is built from. Each gets an object name, which tests and the error
// banner (FieldErrors) use to find it.

QLineEdit *makeLineEdit(QWidget *parent, const char *objectName);
// A three-line text (addresses, notes) where Tab moves to the next field rather than typing a tab.
QPlainTextEdit *makeTextEdit(QWidget *parent, const char *objectName);
// The date field of every form (DateField: reads what people type, calendar popup), showing
// `shown`, or `today` when no date is given.
DateField *makeDateField(QWidget *parent, const char *objectName, const QDate &today, const QDate &shown = {});
// The language of a letter or a statement: the client's (French in France and Belgium), French
// or English; the item's data is "", "fr" or "en" (what LetterRequest::language takes).
QComboBox *makeLetterLanguageCombo(QWidget *parent, const char *objectName);
// Makes Tab go through a form's fields from top to bottom, whatever order they were created in.
void tabInFormOrder(QFormLayout *form);

// Marks a form's field as required: an asterisk before its label's colon ("Name*:", "Nom* :")
// and "required" for screen readers. The form says once what the asterisk means.
void markRequired(QFormLayout *form, QWidget *field);

// Cuts every signal from `owner`'s children to `owner`. Called first in the destructor of a form
// whose slots are its own members: Qt hands the focus away while the QWidget base is being
// destroyed, a field then emits editingFinished, and the slot would run on a half-destroyed form.
void disconnectChildren(QObject *owner);

// A percentage in an edit field: "12,50" in French, "12.50" in English; read back leniently
// ("12,5", "12.5 %"). Basis points, so no floating point.
QString rateEditText(int basisPoints);
std::optional<int> parseRateText(const QString &text);

}  // namespace relance::ui
