#pragma once

#include "domain/agreements.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relance::ui {

class DateField;

class AppContext;
class FieldErrors;
class PlanEditor;

// Agrees a payment plan for an invoice (and others of its client), with a live preview of the
// schedule; offers the schedule letter to send once agreed.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(AppContext &context, qint64 invoiceId, QWidget *parent = nullptr);
    ~PlanDialog() override;
    PlanEditor *editor() const { return m_editor; }
    qint64 planId() const { return m_planId; }
    QCheckBox *writeLetter() const { return m_writeLetter; }

public slots:
    void accept() override;

private:
    AppContext &m_context;
    PlanEditor *m_editor;
    QCheckBox *m_writeLetter;
    FieldErrors *m_errors;
    qint64 m_planId = 0;
};

// Records what was agreed with a client: when, with whom, how, the terms (new due date,
// waivers, discount, an instalment plan) and offers the confirmation letter.
class SettlementDialog : public QDialog
{
    Q_OBJECT

public:
    SettlementDialog(AppContext &context, qint64 invoiceId, QWidget *parent = nullptr);
    ~SettlementDialog() override;
    qint64 settlementId() const { return m_settlementId; }

public slots:
    void accept() override;

private:
    Settlement settlement() const;
    void syncPlan();

    AppContext &m_context;
    qint64 m_clientId = 0;
    FieldErrors *m_errors;
    DateField *m_date, *m_newDueDate, *m_discountUntil;
    QLineEdit *m_agreedWith, *m_discount;
    QComboBox *m_channel, *m_status;
    QCheckBox *m_hasNewDueDate, *m_waiveInterest, *m_waiveIndemnity, *m_restore, *m_writeLetter;
    QPlainTextEdit *m_terms;
    QGroupBox *m_planBox;
    PlanEditor *m_plan;
    qint64 m_settlementId = 0;
};

// Opens a dispute on an invoice: the reason, the amount contested, the date, notes.
class DisputeDialog : public QDialog
{
    Q_OBJECT

public:
    DisputeDialog(AppContext &context, qint64 invoiceId, QWidget *parent = nullptr);
    ~DisputeDialog() override;

public slots:
    void accept() override;

private:
    AppContext &m_context;
    qint64 m_invoiceId;
    QString m_currency;
    FieldErrors *m_errors;
    DateField *m_date;
    QLineEdit *m_reason, *m_amount;
    QPlainTextEdit *m_notes;
};

// Closes an invoice's open dispute: paid, credited (a credit note), or upheld.
class ResolveDisputeDialog : public QDialog
{
    Q_OBJECT

public:
    ResolveDisputeDialog(AppContext &context, const Dispute &dispute, QWidget *parent = nullptr);
    ~ResolveDisputeDialog() override;

public slots:
    void accept() override;

private:
    AppContext &m_context;
    Dispute m_dispute;
    FieldErrors *m_errors;
    QComboBox *m_resolution;
    DateField *m_date;
    QLineEdit *m_credit, *m_creditNumber;
    QWidget *m_creditRow;
    QPlainTextEdit *m_notes;
};

// "I will pay on ...": records the promise; chasing waits until the day after.
class PromiseDialog : public QDialog
{
    Q_OBJECT

public:
    PromiseDialog(AppContext &context, qint64 invoiceId, QWidget *parent = nullptr);
    ~PromiseDialog() override;

public slots:
    void accept() override;

private:
    AppContext &m_context;
    qint64 m_invoiceId;
    QString m_currency;
    FieldErrors *m_errors;
    DateField *m_madeOn, *m_by;
    QLineEdit *m_amount;
    QComboBox *m_channel;
    QPlainTextEdit *m_notes;
};

// The client returned the settlement or schedule letter signed ("Bon pour accord, reconnaissance
// de dette"): records the day of the signature on every invoice it covers, which restarts the
// limitation period (C. civ. 2240).
class AcknowledgementDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgementDialog(AppContext &context, const QList<qint64> &invoiceIds, QWidget *parent = nullptr);
    ~AcknowledgementDialog() override;

public slots:
    void accept() override;

private:
    AppContext &m_context;
    QList<qint64> m_invoiceIds;
    FieldErrors *m_errors;
    DateField *m_signedOn;
};

}  // namespace relance::ui
