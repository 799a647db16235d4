#pragma once

#include "services/agreementservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace relance::ui {

class DateField;

class AppContext;

// Edits a payment plan with a live preview: which of the client's open invoices it covers,
// weekly or monthly instalments (equal, the remainder on the last) or dates and amounts typed by
// hand, a deposit, the waivers. Every change is checked by AgreementService::draftPlan, and the
// schedule and what it adds up to are shown at once. Used alone (PlanDialog) and inside the
// settlement dialog.
class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { Number, Date, Amount, ColumnCount };

    PlanEditor(AppContext &context, qint64 clientId, const QList<qint64> &selected, QWidget *parent = nullptr);
    ~PlanEditor() override;

    PlanRequest request() const;
    const Result<PaymentPlan> &draft() const { return m_draft; }
    QTableWidget *schedule() const { return m_schedule; }
    // The agreement date and waivers come from the settlement when the editor is inside one.
    void setAgreement(const QDate &date, bool waiveInterest, bool waiveIndemnity, bool restore);
    void showAgreementFields(bool shown);

signals:
    void changed();

public slots:
    void update();

private:
    void switchedFrequency();
    void addRow(const QDate &date, qint64 cents);
    PlanFrequency frequency() const;

    AppContext &m_context;
    Result<PaymentPlan> m_draft = Error(QString());
    QListWidget *m_invoices;
    DateField *m_agreedOn, *m_first, *m_depositDate;
    QComboBox *m_frequency;
    QSpinBox *m_count;
    QLineEdit *m_deposit;
    QCheckBox *m_waiveInterest, *m_waiveIndemnity, *m_restore;
    QWidget *m_agreementFields, *m_equalFields;
    QLabel *m_summary, *m_problem;
    QTableWidget *m_schedule;
    QPushButton *m_addRow, *m_removeRow;
    bool m_filling = false;
};

}  // namespace relance::ui
