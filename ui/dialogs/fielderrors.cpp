#include "fielderrors.h"

#include "widgets/datefield.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QRegularExpression>
#include <QWidget>

namespace relance::ui {

namespace {
const char *kErrorProperty = "relanceFieldError";
}

QLabel *makeErrorBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("errorBanner"));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setStyleSheet(QStringLiteral("QLabel#errorBanner { border: 1px solid #c62828; border-radius: 4px; "
                                         "padding: 6px; background: rgba(198, 40, 40, 0.12); }"));
    banner->setAccessibleName(QObject::tr("Error"));
    banner->hide();
    return banner;
}

FieldErrors::FieldErrors(QLabel *banner) : m_banner(banner) {}

void FieldErrors::show(const Error &error)
{
    clear();
    m_banner->setText(QStringLiteral("⚠ ") + error.message);
    m_banner->show();
    if (QWidget *w = m_widgets.value(error.field))
        mark(w, error.message);
}

void FieldErrors::mark(QWidget *w, const QString &message)
{
    w->setProperty(kErrorProperty, true);
    w->setStyleSheet(QStringLiteral("border: 2px solid #c62828;"));
    w->setAccessibleDescription(message);
    w->setFocus(Qt::OtherFocusReason);
    m_marked = w;
}

namespace {
// "Date d'échéance" for the field in a form row, so that the banner names the field.
QString labelOf(QWidget *field)
{
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget()) {
        const auto forms = w->findChildren<QFormLayout *>();
        for (QFormLayout *form : forms)
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                return label->text().remove(QLatin1Char('&')).remove(QRegularExpression(QStringLiteral("\\s*:\\s*$")));
    }
    return {};
}
}  // namespace

bool FieldErrors::refuseBadDate(QWidget *root)
{
    DateField *bad = firstBadDate(root);
    if (!bad)
        return false;
    clear();
    const QString label = labelOf(bad);
    m_banner->setText(QStringLiteral("⚠ ") + (label.isEmpty() ? bad->error() : QCoreApplication::translate("FieldErrors", "%1: %2").arg(label, bad->error())));
    m_banner->show();
    mark(bad, bad->error());
    return true;
}

void FieldErrors::clear()
{
    m_banner->hide();
    m_banner->clear();
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked->setAccessibleDescription(QString());
        m_marked->setProperty(kErrorProperty, false);
    }
    m_marked = nullptr;
}

}  // namespace relance::ui
