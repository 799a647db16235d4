#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace relance::ui {

class AppContext;
class BankCreditModel;

// Reconciliation: the credits of imported bank statements that no payment records yet, each
// with the invoices it probably pays. The user confirms a proposal, splits or assigns the credit
// by hand, or sets it aside (not a client's payment); confirmed credits become payments.
class BankView : public QWidget
{
    Q_OBJECT

public:
    explicit BankView(AppContext &context, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    BankCreditModel *model() const { return m_model; }
    QListWidget *proposals() const { return m_proposals; }
    QLabel *emptyState() const { return m_empty; }
    QLabel *notice() const { return m_notice; }

public slots:
    void refresh();
    // File dialog, import (all files or none), then the list.
    void importStatements();
    bool importFiles(const QStringList &paths);
    void confirmSelected();
    void confirmCertain();
    // Opens the split dialog on the selected credit (with the selected proposal filled in).
    void assignSelected();
    void toggleAside();

private:
    int currentRow() const;
    void showProposals();
    void updateButtons();

    AppContext &m_context;
    BankCreditModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_notice;  // what the last import brought
    QListWidget *m_proposals;
    QCheckBox *m_showAside;
    QPushButton *m_confirm;
    QPushButton *m_assign;
    QPushButton *m_aside;
    QPushButton *m_confirmCertain;
};

}  // namespace relance::ui
