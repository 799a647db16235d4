#include "letterrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
};

const QString kSignatureUrl = QStringLiteral("relance:signature");
const QString kQrUrl = QStringLiteral("relance:qr");

// A text document that only knows the images the letter gave it: a template can never make it
// read a file or fetch a URL.
class SealedDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Plain text to HTML. Qt 6.4 breaks lines at a narrow no-break space (U+202F, the French
// thousands separator), which would print "3" and "240,00 €" on two lines: it becomes a
// no-break space, which the layout respects.
QString esc(const QString &text)
{
    return text.toHtmlEscaped()
        .replace(QChar(0x202f), QChar(0x00a0))
        .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// French typography in running text: "1er" and "n°" with a superscript ("1<sup>er</sup>",
// "n<sup>o</sup>"). Not in tables, where a raised run would split a cell's line in the text layer.
QString typeset(const QString &text)
{
    static const QRegularExpression premier(QStringLiteral("\\b1er\\b"));
    static const QRegularExpression numero(QStringLiteral("\\bn\u00b0"));
    return esc(text)
        .replace(premier, QStringLiteral("1<sup>er</sup>"))
        .replace(numero, QStringLiteral("n<sup>o</sup>"));
}

QString runsHtml(const QList<TextRun> &runs)
{
    QString html;
    for (const TextRun &r : runs)
        html += r.bold ? QStringLiteral("<b>%1</b>").arg(typeset(r.text)) : typeset(r.text);
    return html;
}

QString tableHtml(const LetterTable &t, double pointSize)
{
    const QString cell =
        QStringLiteral("<td style=\"padding: 3px 5px; border: 0.5px solid #9a9a9a;\" align=\"%1\">%2</td>");
    const QString head = QStringLiteral("<th style=\"padding: 3px 5px; border: 0.5px solid #9a9a9a; background-color: "
                                        "#ececec;\" align=\"%1\">%2</th>");
    auto align = [&](qsizetype c) {
        return c < t.numeric.size() && t.numeric.at(c) ? QStringLiteral("right") : QStringLiteral("left");
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" style=\"border-collapse: collapse; "
                                  "font-size: %1pt; margin-top: 4px; margin-bottom: 4px;\"><thead><tr>")
                       .arg(pointSize - 1);
    for (qsizetype c = 0; c < t.headers.size(); ++c)
        html += head.arg(align(c), esc(t.headers.at(c)));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            html += cell.arg(align(c), esc(row.at(c)));
        html += QStringLiteral("</tr>");
    }
    for (const QStringList &row : t.totals) {
        html += QStringLiteral("<tr>");
        // A total's label spans the columns before its figure.
        const qsizetype span = t.headers.size() - row.size() + 1;
        html += QStringLiteral("<td colspan=\"%1\" style=\"padding: 3px 5px; border: 0.5px solid #9a9a9a;\" "
                               "align=\"right\"><b>%2</b></td>")
                    .arg(span)
                    .arg(esc(row.value(0)));
        for (qsizetype c = 1; c < row.size(); ++c)
            html += QStringLiteral(
                        "<td style=\"padding: 3px 5px; border: 0.5px solid #9a9a9a;\" align=\"right\"><b>%1</b></td>")
                        .arg(esc(row.at(c)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    for (const QString &note : t.notes)
        html += QStringLiteral("<p style=\"font-size: %1pt; color: #444444; margin-top: 0px;\">%2</p>")
                    .arg(pointSize - 2)
                    .arg(esc(note));
    return html;
}

QString paymentHtml(const LetterDocument &l, double pointSize, double qrPixels)
{
    const qsizetype rows = l.paymentDetails.size();
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"font-size: %1pt; margin-top: 2px; "
                       "margin-bottom: 6px;\">")
            .arg(pointSize);
    for (qsizetype i = 0; i < rows; ++i) {
        const auto &[label, value] = l.paymentDetails.at(i);
        html += QStringLiteral("<tr><td style=\"padding-right: 12px;\">%1</td><td><b>%2</b></td>")
                    .arg(esc(label), esc(value));
        if (i == 0 && !l.paymentQr.isNull())
            html +=
                QStringLiteral("<td rowspan=\"%1\" style=\"padding-left: 30px;\" valign=\"middle\" align=\"center\">"
                               "<img src=\"%2\" width=\"%3\" height=\"%3\"/><br/><span style=\"font-size: %4pt;\">%5"
                               "</span></td>")
                    .arg(rows)
                    .arg(kQrUrl)
                    .arg(qrPixels)
                    .arg(pointSize - 2.5)
                    .arg(esc(l.paymentQrCaption));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Blank room of a height, to sign in by hand: one empty line of that fixed height (Qt's rich
// text ignores a cell's height, and drops the margin of a cell's last paragraph).
QString roomHtml(double height)
{
    return QStringLiteral("<p style=\"margin: 0px; -qt-line-height-type: fixed; line-height: %1px;\">&nbsp;</p>")
        .arg(height);
}

// The box the debtor fills in by hand: what to write, the date, and room to sign.
QString debtorSignatureHtml(const QStringList &lines, double pointSize, double room)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top: "
                                  "16px; border-collapse: collapse; font-size: %1pt;\"><tr><td style=\"border: 0.5px "
                                  "solid #9a9a9a;\">")
                       .arg(pointSize);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = typeset(lines.at(i));
        html += i == 0 ? QStringLiteral("<b>%1</b>").arg(text) : QStringLiteral("<br/>%1").arg(text);
    }
    return html + roomHtml(room) + QStringLiteral("</td></tr></table>");
}

class Page
{
public:
    Page(const LetterLayout &layout, double dpi) : m_layout(layout), m_dotsPerMm(dpi / 25.4) {}
    double mm(double v) const { return v * m_dotsPerMm; }
    double width() const { return mm(210); }
    double height() const { return mm(297); }
    double bodyTop() const { return mm(m_layout.marginMm); }
    double bodyBottom() const { return mm(297 - 22); }
    // Page 1 leaves room for the sender and the envelope window.
    double firstPageOffset() const { return mm(m_layout.windowTopMm + m_layout.windowHeightMm + 8) - bodyTop(); }

private:
    const LetterLayout &m_layout;
    double m_dotsPerMm;
};

// The body of a letter (from the date line to the enclosures) as a paginated document.
// The body is laid out at a fixed 96 dpi whatever the device, then scaled when painted: the
// preview, the printer and the PDF break lines and pages at exactly the same places.
constexpr double kLayoutDpi = 96.0;

QPaintDevice *layoutDevice()
{
    static QImage reference = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
        return image;
    }();
    return &reference;
}

// Makes the block start a page, unless a break is already set there. Returns whether it did.
bool breakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = cursor.blockFormat();
    if (format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    return true;
}

// Where the page breaks may not fall, fixed after the layout, a few passes until it holds:
// - a short table (how to pay, the signature, a few invoices) is never cut: it moves whole to
//   the next page; long ones break between rows and repeat their header;
// - the sentence before a table ("La somme réclamée se décompose ainsi :", how to pay) never
//   ends a page without it, and the closing formula and signature never fill a page alone:
//   the block before a table that starts a page goes over with it;
// - a paragraph is not split (a letter's are short): it goes whole to the next page.
void keepTogether(QTextDocument &doc, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [&](double y) { return int(y / pageHeight); };
    for (int pass = 0; pass < 32; ++pass) {
        bool moved = false;
        QTextBlock before;  // the last non-empty block ahead of the current frame
        for (auto it = doc.rootFrame()->begin(); !it.atEnd() && !moved; ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                const QRectF box = layout->frameBoundingRect(frame);
                QTextFrameFormat frameFormat = frame->frameFormat();
                const bool auto_ = frameFormat.pageBreakPolicy() == QTextFormat::PageBreak_Auto;
                if (box.height() < pageHeight / 3 && pageOf(box.top()) != pageOf(box.bottom() - 1) && auto_) {
                    frameFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    frame->setFrameFormat(frameFormat);
                    moved = true;
                } else if (before.isValid() && pageOf(layout->blockBoundingRect(before).bottom() - 1) !=
                                                   pageOf(box.top() + 1)) {
                    // The frame starts a page the block before it does not reach: both go over.
                    if (layout->blockBoundingRect(before).height() < pageHeight / 4 && breakBefore(before)) {
                        frameFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                        frame->setFrameFormat(frameFormat);
                        moved = true;
                    }
                }
                before = QTextBlock();
            } else if (const QTextBlock block = it.currentBlock(); block.isValid() && !block.text().trimmed().isEmpty()) {
                before = block;
                // A paragraph is never split between pages (unless taller than half a page): no
                // orphan line, and no line painted twice (see paint()).
                const QTextLayout *lines = block.layout();
                if (lines->lineCount() > 1) {
                    const double top = lines->position().y() + lines->lineAt(0).y();
                    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
                    const double bottom = lines->position().y() + last.y() + last.height();
                    if (pageOf(top + 1) != pageOf(bottom - 1) && bottom - top < pageHeight / 2)
                        moved = breakBefore(block);
                }
            }
        }
        if (!moved)
            break;
        // A format change relays the document out from the block changed on, and after a few
        // of them Qt 6.4 left a later paragraph with no height at all (laid out, never painted):
        // each pass measures a layout done afresh.
        doc.markContentsDirty(0, doc.characterCount());
    }
}

void buildBody(QTextDocument &doc, const LetterDocument &l, const LetterLayout &layout, const Page &page)
{
    doc.documentLayout()->setPaintDevice(layoutDevice());
    doc.setDocumentMargin(0);
    QFont font(layout.fontFamily);
    font.setPointSizeF(layout.fontPointSize);
    doc.setDefaultFont(font);
    if (!l.signature.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(kSignatureUrl), l.signature);
    if (!l.paymentQr.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(kQrUrl), l.paymentQr);

    const double pt = layout.fontPointSize;
    QString html = QStringLiteral("<html><body style=\"font-size: %1pt;\">").arg(pt);
    html += QStringLiteral("<p>&nbsp;</p><p align=\"right\">%1</p>").arg(esc(l.placeAndDate));
    if (!l.sendingMode.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 6px;\"><b>%1</b></p>").arg(typeset(l.sendingMode));
    if (!l.references.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 2px;\">%1</p>").arg(esc(l.references));
    if (!l.subject.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 6px;\"><b>%1</b></p>").arg(esc(l.subject));
    if (!l.title.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"margin-top: 14px; margin-bottom: 4px; font-size: %1pt;\">"
                               "<b>%2</b></p>")
                    .arg(pt + 5)
                    .arg(esc(l.title));

    // The closing formula stays with the signature, on the same page; the box the debtor signs
    // comes after the sender's signature, wherever the template puts it.
    QList<LetterBlock> body = l.body;
    const bool debtorSigns =
        body.removeIf([](const LetterBlock &b) { return b.kind == LetterBlock::Kind::DebtorSignature; }) > 0;
    QString closing;
    if (!body.isEmpty() && body.last().kind == LetterBlock::Kind::Paragraph)
        closing = runsHtml(body.takeLast().runs);

    bool inList = false;
    for (const LetterBlock &b : body) {
        if (b.kind != LetterBlock::Kind::Bullet && inList) {
            html += QStringLiteral("</ul>");
            inList = false;
        }
        switch (b.kind) {
        case LetterBlock::Kind::Paragraph:
            html += QStringLiteral("<p align=\"justify\" style=\"margin-top: 8px;\">%1</p>").arg(runsHtml(b.runs));
            break;
        case LetterBlock::Kind::Bullet:
            if (!inList)
                html += QStringLiteral("<ul style=\"margin-top: 4px; -qt-list-indent: 1;\">");
            inList = true;
            html += QStringLiteral("<li>%1</li>").arg(runsHtml(b.runs));
            break;
        case LetterBlock::Kind::InvoiceTable: html += tableHtml(l.invoiceTable, pt); break;
        case LetterBlock::Kind::InterestTable: html += tableHtml(l.interestTable, pt); break;
        case LetterBlock::Kind::ScheduleTable: html += tableHtml(l.scheduleTable, pt); break;
        case LetterBlock::Kind::PaymentsTable: html += tableHtml(l.paymentsTable, pt); break;
        case LetterBlock::Kind::PaymentDetails: html += paymentHtml(l, pt, page.mm(26)); break;
        case LetterBlock::Kind::DebtorSignature: break;
        }
    }
    if (inList)
        html += QStringLiteral("</ul>");

    // Signature on the right half, image between the capacity and the name as on paper.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" style=\"margin-top: 8px;\">");
    if (!closing.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-bottom: 14px;\">%1</td></tr>").arg(closing);
    // The signature goes above the name, as on paper: the scanned one, or room to sign by hand.
    html += QStringLiteral("<tr><td width=\"50%\"></td><td>");
    const double signatureHeight = page.mm(18);
    if (!l.signature.isNull()) {
        const double w = signatureHeight * l.signature.width() / std::max(1, l.signature.height());
        html += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/><br/>")
                    .arg(kSignatureUrl)
                    .arg(w)
                    .arg(signatureHeight);
    } else if (l.roomToSign) {
        html += roomHtml(signatureHeight);
    }
    if (!l.signatureLines.isEmpty()) {
        html += QStringLiteral("<b>%1</b>").arg(esc(l.signatureLines.first()));
        for (qsizetype i = 1; i < l.signatureLines.size(); ++i)
            html += QStringLiteral("<br/>%1").arg(esc(l.signatureLines.at(i)));
    }
    html += QStringLiteral("</td></tr></table>");
    if (debtorSigns)
        html += debtorSignatureHtml(l.debtorSignatureLines, pt, page.mm(28));

    if (!l.enclosures.isEmpty()) {
        html +=
            QStringLiteral("<p style=\"margin-top: 14px; font-size: %1pt;\"><b>%2</b></p><ul style=\"font-size: %1pt; "
                           "-qt-list-indent: 1;\">")
                .arg(pt - 1)
                .arg(esc(l.enclosuresLabel));
        for (const QString &e : l.enclosures)
            html += QStringLiteral("<li>%1</li>").arg(typeset(e));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("</body></html>");
    doc.setHtml(html);
    // Page 1's body starts below the envelope window: an empty first line of that height (the
    // layout drops a block's top margin at the top of a page).
    QTextCursor first(doc.begin());
    QTextBlockFormat format = first.blockFormat();
    format.setTopMargin(0);
    format.setBottomMargin(0);
    format.setLineHeight(page.firstPageOffset(), QTextBlockFormat::FixedHeight);
    first.setBlockFormat(format);
    const double margin = page.mm(layout.marginMm);
    const double pageHeight = page.bodyBottom() - page.bodyTop();
    doc.setPageSize(QSizeF(page.width() - 2 * margin, pageHeight));

    keepTogether(doc, pageHeight);
}

// Lines of an address block, each wrapped to the box's width (a long company name takes two
// lines rather than being cut), stopping at the box's bottom.
void drawLines(QPainter &p, const QRectF &box, const QStringList &lines, const QFont &font, bool firstBold)
{
    QFont bold = font;
    bold.setBold(true);
    double y = box.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        p.setFont(i == 0 && firstBold ? bold : font);
        const QFontMetricsF fm(p.font(), p.device());
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        QRectF need = fm.boundingRect(QRectF(box.left(), y, box.width(), box.height()), flags, lines.at(i));
        if (y + need.height() > box.bottom() + 1) {  // no room to wrap: the last line, cut
            p.drawText(QPointF(box.left(), y + fm.ascent()), fm.elidedText(lines.at(i), Qt::ElideRight, box.width()));
            break;
        }
        p.drawText(QRectF(box.left(), y, box.width(), need.height()), flags, lines.at(i));
        y += need.height();
    }
}

void paintFirstPageHead(QPainter &p, const LetterDocument &l, const LetterLayout &layout, const Page &page)
{
    QFont font(layout.fontFamily);
    font.setPointSizeF(layout.fontPointSize);
    const double left = page.mm(layout.marginMm);
    double top = page.mm(15);
    if (!l.logo.isNull()) {
        const QSizeF box(page.mm(50), page.mm(20));
        const QSizeF size = QSizeF(l.logo.size()).scaled(box, Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(left, top), size), l.logo);
        top += size.height() + page.mm(4);
    }
    QFont small = font;
    small.setPointSizeF(layout.fontPointSize - 1);
    drawLines(p, QRectF(left, top, page.mm(layout.windowLeftMm - layout.marginMm - 5), page.mm(45)), l.senderLines,
              small, true);

    // The recipient, inside the envelope window with a small inner margin.
    const QRectF window(page.mm(layout.windowLeftMm + 3), page.mm(layout.windowTopMm + 3),
                        page.mm(layout.windowWidthMm - 6), page.mm(layout.windowHeightMm - 3));
    drawLines(p, window, l.recipientLines, font, true);
}

void paintFooter(QPainter &p, const LetterDocument &l, const LetterLayout &layout, const Page &page, int number,
                 int count)
{
    QFont font(layout.fontFamily);
    font.setPointSizeF(layout.fontPointSize - 2.5);
    p.setFont(font);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const double margin = page.mm(layout.marginMm);
    const QRectF line(margin, page.mm(297 - 14), page.width() - 2 * margin, page.mm(8));
    p.drawText(line, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, l.footer);
    if (count > 1)
        p.drawText(QRectF(margin, page.mm(297 - 19), page.width() - 2 * margin, page.mm(5)),
                   Qt::AlignRight | Qt::AlignTop, l.pageTemplate.arg(number).arg(count));
    p.setPen(Qt::black);
}

}  // namespace

void LetterRenderer::preparePage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

int LetterRenderer::pageCount(const LetterDocument &letter) const
{
    SealedDocument doc;
    buildBody(doc, letter, m_layout, Page(m_layout, layoutDevice()->logicalDpiX()));
    return doc.pageCount();
}

void LetterRenderer::paint(QPainter &painter, QPagedPaintDevice &device, const QList<LetterDocument> &letters) const
{
    const Page sheet(m_layout, device.logicalDpiX());
    const Page body(m_layout, layoutDevice()->logicalDpiX());
    const double scale = double(device.logicalDpiX()) / layoutDevice()->logicalDpiX();
    const double bodyHeight = body.bodyBottom() - body.bodyTop();
    bool firstSheet = true;
    for (const LetterDocument &letter : letters) {
        SealedDocument doc;
        buildBody(doc, letter, m_layout, body);
        const int count = doc.pageCount();
        for (int i = 0; i < count; ++i) {
            if (!firstSheet)
                device.newPage();
            firstSheet = false;
            if (i == 0)
                paintFirstPageHead(painter, letter, m_layout, sheet);
            painter.save();
            painter.scale(scale, scale);
            painter.translate(body.mm(m_layout.marginMm), body.bodyTop() - i * bodyHeight);
            const QRectF clip(0, i * bodyHeight, body.width() - 2 * body.mm(m_layout.marginMm), bodyHeight);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            // A PDF keeps the text of a line painted outside the clip, so a line the layout draws
            // on the wrong page is in that page's text layer, invisible, and a search, a copy or
            // pdftotext finds it twice. The layout draws a line that touches the clip (hence a
            // clip a millimetre inside the page) and, for a paragraph split by the break, the line
            // just above it too (hence paragraphs kept whole, keepTogether()).
            const double inside = body.mm(1);
            context.clip = clip.adjusted(0, inside, 0, -inside);
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            paintFooter(painter, letter, m_layout, sheet, i + 1, count);
        }
    }
}

Result<QByteArray> LetterRenderer::pdf(const QList<LetterDocument> &letters, const QString &title) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Relance"));
        preparePage(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(Tr::tr("could not start writing the PDF"), QStringLiteral("pdf"));
        paint(painter, writer, letters);
        painter.end();
    }
    return bytes;
}

}  // namespace relance
