#pragma once

#include "services/bankservice.h"

#include <QAbstractTableModel>

namespace relance::ui {

// The bank credits waiting to be matched, each with the proposals BankService made (best
// first), as a read-only table: date, amount, payer, text, and the best proposal.
class BankCreditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Amount, Counterparty, Remittance, BestMatch, ColumnCount };
    enum Role { CreditIdRole = Qt::UserRole + 1, ConfidenceRole };

    explicit BankCreditModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setCredits(QList<QPair<BankCredit, QList<MatchProposal>>> credits);
    const BankCredit &credit(int row) const { return m_credits.at(row).first; }
    const QList<MatchProposal> &proposals(int row) const { return m_credits.at(row).second; }
    int rowOf(qint64 creditId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "F-2026-043 (98 %)", or "no invoice found".
    static QString describe(const MatchProposal &proposal);

private:
    QList<QPair<BankCredit, QList<MatchProposal>>> m_credits;
};

}  // namespace relance::ui
