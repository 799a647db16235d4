#include "fielderrors.h"

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
    if (QWidget *w = m_widgets.value(error.field)) {
        w->setProperty(kErrorProperty, true);
        w->setStyleSheet(QStringLiteral("border: 2px solid #c62828;"));
        w->setAccessibleDescription(error.message);
        w->setFocus(Qt::OtherFocusReason);
        m_marked = w;
    }
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
