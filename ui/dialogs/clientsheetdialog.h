#pragma once

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace relance::ui {

class AppContext;
class InvoiceTableModel;
class PaymentTableModel;

// "Where do I stand with this client": what it owes and how late, then its invoices, payments,
// letters, agreements, contact details and history, one tab each, and its statement of account
// to print. Kept current while open (an invoice edited from it shows at once).
class ClientSheetDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { InvoicesTab, PaymentsTab, LettersTab, AgreementsTab, ContactTab, HistoryTab };
    enum LetterColumn { LetterDate, LetterKindColumn, LetterChannel, LetterAmount, LetterTracking, LetterReceipt };

    ClientSheetDialog(AppContext &context, qint64 clientId, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    InvoiceTableModel *invoices() const { return m_invoices; }
    PaymentTableModel *payments() const { return m_payments; }
    QStandardItemModel *letters() const { return m_letters; }
    QStandardItemModel *agreements() const { return m_agreements; }
    QString standing() const;

signals:
    void invoiceActivated(qint64 invoiceId);
    void editClientRequested(qint64 clientId);

private:
    void reload();
    QTableView *addTable(const QString &title, const char *name, QAbstractItemModel *model);

    AppContext &m_context;
    qint64 m_clientId;
    QLabel *m_name, *m_standing, *m_contact;
    QTabWidget *m_tabs;
    InvoiceTableModel *m_invoices;
    PaymentTableModel *m_payments;
    QStandardItemModel *m_letters, *m_agreements;
};

}  // namespace relance::ui
