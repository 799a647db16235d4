#pragma once

class QAbstractItemView;
class QHeaderView;

namespace relance::ui {

// Gives each column of a table or tree the width of what it shows (its header, the rows in
// sight), the last one stretching; when that is more than the view's width, the `elastic` column
// (a client's name, say) gives way first. Nothing is cut while there is room to spare.
void fitColumnsToContents(QAbstractItemView *view, int elastic = -1);

// Fits the columns when the view is first shown and whenever its rows change, until the user
// resizes a column (or widths they chose were restored); a cell too narrow for its text shows
// the whole of it as a tooltip.
void keepColumnsFitted(QAbstractItemView *view, int elastic = -1);
// Whether the user is dragging a section of `header` (a button held on it): only that is a
// choice of width; the header resets its sections with the model, the program fits them.
bool userIsResizing(QHeaderView *header);
// Widths the user chose were given back (rememberColumnWidths): fitting leaves them alone.
void markColumnWidthsChosen(QAbstractItemView *view);

}  // namespace relance::ui
