#pragma once

#include "domain/ladder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relance::ui {

class DateField;

class AppContext;
class FieldErrors;

// Records a step done (or tried) on an invoice: the e-mail sent, the call and how it went, the
// registered letter with its tracking number. Saved through CollectionService in one transaction.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    // `step` is the step the invoice stands at (its channel is proposed); null for a free note.
    ActionDialog(AppContext &context, qint64 invoiceId, const LadderStep *step, QWidget *parent = nullptr);
    ~ActionDialog() override;
    // Once saved, what the book now records: "Phone call on 02/12/2026: Promised to pay (by 09/12/2026)".
    QString recordedSummary() const { return m_recorded; }

public slots:
    void accept() override;

private:
    void updateRegisteredFields();

    AppContext &m_context;
    qint64 m_invoiceId;
    bool m_fulfilsStep;
    FieldErrors *m_errors;
    DateField *m_date, *m_receiptDate, *m_promised;
    QLabel *m_promisedLabel;
    QComboBox *m_channel, *m_outcome;
    QPlainTextEdit *m_notes;
    QLineEdit *m_tracking;
    QCheckBox *m_received;
    QWidget *m_registeredBox;
    QString m_recorded;
};

}  // namespace relance::ui
