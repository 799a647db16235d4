#pragma once

#include "letterdocument.h"
#include "letterlayout.h"

#include "domain/result.h"

#include <QByteArray>
#include <QList>

class QPagedPaintDevice;
class QPainter;

namespace relance {

// The one paint routine behind the print preview, the printer and the PDF, so that what is
// previewed is what prints. Letters follow each other on new pages; each numbers its own pages.
class LetterRenderer
{
public:
    explicit LetterRenderer(LetterLayout layout = {}) : m_layout(std::move(layout)) {}

    // Paints on a device already set to A4 with no margins (QPdfWriter, or a QPrinter in full
    // page mode). The painter is active on the device.
    void paint(QPainter &painter, QPagedPaintDevice &device, const QList<LetterDocument> &letters) const;
    // Sets A4, portrait, no margins: call before painting on a device.
    static void preparePage(QPagedPaintDevice &device);
    // A PDF of the letters, fonts embedded.
    Result<QByteArray> pdf(const QList<LetterDocument> &letters, const QString &title = {}) const;
    // How many pages one letter takes (the same on every device).
    int pageCount(const LetterDocument &letter) const;

private:
    LetterLayout m_layout;
};

}  // namespace relance
