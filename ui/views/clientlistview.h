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

signals:
    // Double-click, Enter or "Client sheet…": the window opens the client's sheet.
    void clientActivated(qint64 clientId);

private:
    void updateEmptyState();

    ClientTableModel *m_model;
    AppContext &m_context;
    QLineEdit *m_search;
    QPushButton *m_sheet;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

}  // namespace relance::ui
