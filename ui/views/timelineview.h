#pragma once

#include "domain/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace relance::ui {

class AppContext;
class TimelineModel;

// Everything that happened to an invoice (or to all of a client's), newest first, with an
// export of the whole story as a PDF for a collection dossier.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    enum class Of { Invoice, Client };
    TimelineView(AppContext &context, Of of, qint64 id, QWidget *parent = nullptr);
    TimelineModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Writes the dossier PDF to `path`.
    Status exportPdf(const QString &path) const;

public slots:
    void refresh();
    void exportPdfToChosenFile();

private:
    QString title() const;

    AppContext &m_context;
    Of m_of;
    qint64 m_id;
    TimelineModel *m_model;
    QTableView *m_table;
    QPushButton *m_export;
};

}  // namespace relance::ui
