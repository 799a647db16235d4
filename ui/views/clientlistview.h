#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace relance::ui {

class AppContext;
class ClientTableModel;

class ClientListView : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListView(AppContext &context, QWidget *parent = nullptr);
    ClientTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void focusSearch();
    // A client's story, newest first, in a dialog (exportable as a PDF).
    void showHistory(qint64 clientId);

signals:
    void clientActivated(qint64 clientId);

private:
    void updateEmptyState();

    ClientTableModel *m_model;
    AppContext &m_context;
    QLineEdit *m_search;
    QPushButton *m_history;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

}  // namespace relance::ui
