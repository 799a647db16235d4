#pragma once

class QPrintPreviewWidget;
class QToolBar;
class QWidget;

namespace relance::ui {

// Zoom and pages for a print preview, as a reader of a PDF expects them: zoom out/in, fit
// width, whole page, previous/next page with "Page 1 of 2", each with its shortcut, active
// anywhere in `owner` (a letter's or a statement's dialog).
QToolBar *makePreviewBar(QPrintPreviewWidget *preview, QWidget *owner);

}  // namespace relance::ui
