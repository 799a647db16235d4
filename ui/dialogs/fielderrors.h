#pragma once

#include "domain/result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

namespace relance::ui {

// Shows a service's validation error in a dialog: the message in a banner, the field in error
// outlined, focused and described to screen readers. Fields are the services' keys ("number",
// "due_date"...), so the dialogs and the core agree on names without sharing widgets.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel *banner);
    void bind(const QString &field, QWidget *widget) { m_widgets.insert(field, widget); }
    void show(const Error &error);
    void clear();
    QWidget *widgetFor(const QString &field) const { return m_widgets.value(field); }

private:
    QLabel *m_banner;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QPointer<QWidget> m_marked;
};

// The banner every editor puts at its top: hidden until there is something wrong.
QLabel *makeErrorBanner(QWidget *parent);

}  // namespace relance::ui
