#include "helpdialog.h"

#include "screenfit.h"
#include "services/translations.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLocale>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace relance::ui {

QString HelpDialog::guideFor(const QLocale &locale)
{
    return locale.language() == QLocale::French ? QStringLiteral("qrc:/help/user-guide.fr.md")
                                                : QStringLiteral("qrc:/help/user-guide.md");
}

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Relance user guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(guideFor(QLocale(installedLanguage()))), QTextDocument::MarkdownResource);
    // Screenshots at most 640 pixels wide, so the guide reads without scrolling sideways.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture =
                m_browser->document()->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= 640)
                continue;
            image.setWidth(640);
            image.setHeight(640.0 * picture.height() / picture.width());
            QTextCursor cursor(m_browser->document());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(900, 760));
}

}  // namespace relance::ui
