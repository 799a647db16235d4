#include "bankcreditmodel.h"

#include "services/bankservice.h"

#include <QLocale>

namespace relance::ui {

void BankCreditModel::setCredits(QList<QPair<BankCredit, QList<MatchProposal>>> credits)
{
    beginResetModel();
    m_credits = std::move(credits);
    endResetModel();
}

int BankCreditModel::rowOf(qint64 creditId) const
{
    for (int row = 0; row < m_credits.size(); ++row)
        if (m_credits.at(row).first.id == creditId)
            return row;
    return -1;
}

int BankCreditModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_credits.size()); }

int BankCreditModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString BankCreditModel::describe(const MatchProposal &p)
{
    const QString text = tr("%1 (%2 %)").arg(p.invoiceNumbers.join(QStringLiteral(", "))).arg(p.confidence);
    return p.warnings.isEmpty() ? text : QStringLiteral("⚠ ") + text;
}

QVariant BankCreditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_credits.size())
        return {};
    const BankCredit &c = m_credits.at(index.row()).first;
    const QList<MatchProposal> &found = m_credits.at(index.row()).second;
    if (role == CreditIdRole)
        return c.id;
    if (role == ConfidenceRole)
        return found.isEmpty() ? 0 : found.first().confidence;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == BestMatch && !found.isEmpty())
        return (QStringList{found.first().reason} + found.first().warnings).join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && index.column() == Remittance)
        return c.remittance;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date: return QLocale().toString(c.date, QLocale::ShortFormat);
    case Amount: return c.amount().toString();
    case Counterparty: return c.counterparty;
    case Remittance: return c.remittance;
    case BestMatch: return found.isEmpty() ? tr("no invoice found") : describe(found.first());
    }
    return {};
}

QVariant BankCreditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Amount: return tr("Amount");
    case Counterparty: return tr("From");
    case Remittance: return tr("Payment reference");
    case BestMatch: return tr("Probably pays");
    }
    return {};
}

}  // namespace relance::ui
