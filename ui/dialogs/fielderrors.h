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
    // Before saving: a date field under `root` whose text is not a date is shown as the error
    // (the field outlined and focused); true when there was one, and the editor stays open.
    bool refuseBadDate(QWidget *root);
    void clear();
    QWidget *widgetFor(const QString &field) const { return m_widgets.value(field); }

private:
    QLabel *m_banner;
    QHash<QString, QPointer<QWidget>> m_widgets;
    void mark(QWidget *widget, const QString &message);
    QPointer<QWidget> m_marked;
};

// The banner every editor puts at its top: hidden until there is something wrong.
QLabel *makeErrorBanner(QWidget *parent);

// Saves what an editor holds through its service: add() when new (id 0, then set from the
// result), update() otherwise. On refusal shows why and returns false, so the editor stays open.
template <typename Service, typename Entity>
bool saveThrough(const Service &service, Entity &entity, FieldErrors &errors)
{
    if (entity.id == 0) {
        const auto id = service.add(entity);
        if (!id) {
            errors.show(id.error());
            return false;
        }
        entity.id = *id;
        return true;
    }
    if (const auto saved = service.update(entity); !saved) {
        errors.show(saved.error());
        return false;
    }
    return true;
}

}  // namespace relance::ui
