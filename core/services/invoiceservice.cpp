#include "invoiceservice.h"

#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)
};
}  // namespace

namespace {
}  // namespace

Status InvoiceService::validate(const Invoice &inv)
{
    if (inv.number.trimmed().isEmpty())
        return Error{Tr::tr("the invoice number is required"), QStringLiteral("number")};
    if (inv.number.trimmed().size() > 60)
        return Error{Tr::tr("the invoice number is longer than 60 characters"), QStringLiteral("number")};
    if (inv.clientId <= 0)
        return Error{Tr::tr("choose the client"), QStringLiteral("client")};
    if (!inv.issueDate.isValid())
        return Error{Tr::tr("the issue date is missing or invalid"), QStringLiteral("issue_date")};
    if (!inv.dueDate.isValid())
        return Error{Tr::tr("the due date is missing or invalid"), QStringLiteral("due_date")};
    if (inv.dueDate < inv.issueDate)
        return Error{Tr::tr("the due date (%1) is before the issue date (%2)")
                         .arg(inv.dueDate.toString(Qt::ISODate), inv.issueDate.toString(Qt::ISODate)),
                     QStringLiteral("due_date")};
    if (inv.serviceDate.isValid() && inv.serviceDate > inv.issueDate.addYears(1))
        return Error{Tr::tr("the service date is more than a year after the issue date"),
                     QStringLiteral("service_date")};
    if (!Money::isValidCurrencyCode(inv.currency))
        return Error{Tr::tr("\"%1\" is not a currency code (e.g. EUR)").arg(inv.currency), QStringLiteral("currency")};
    if (inv.amountInclCents <= 0)
        return Error{Tr::tr("the amount including VAT must be greater than zero"), QStringLiteral("amount_incl")};
    if (inv.amountExclCents < 0)
        return Error{Tr::tr("the amount excluding VAT cannot be negative"), QStringLiteral("amount_excl")};
    if (inv.amountExclCents > inv.amountInclCents)
        return Error{Tr::tr("the amount excluding VAT is larger than the amount including VAT"),
                     QStringLiteral("amount_excl")};
    if (inv.penaltyRateBasisPoints && (*inv.penaltyRateBasisPoints < 0 || *inv.penaltyRateBasisPoints > 10000))
        return Error{Tr::tr("the late-payment rate must be between 0 and 100 %"), QStringLiteral("penalty_rate")};
    return success();
}

Status InvoiceService::checkAgainstDatabase(const Invoice &inv) const
{
    if (!ClientRepository(m_db).findById(inv.clientId))
        return Error{Tr::tr("the client does not exist"), QStringLiteral("client")};
    if (const auto other = InvoiceRepository(m_db).findByNumber(inv.number); other && other->id != inv.id)
        return Error{Tr::tr("invoice %1 already exists (client %2)").arg(other->number, other->clientName),
                     QStringLiteral("number")};
    return success();
}

Result<qint64> InvoiceService::add(const Invoice &invoice) const
{
    if (Status valid = validate(invoice); !valid)
        return valid.error();
    Transaction tx(m_db);
    if (Status s = checkAgainstDatabase(invoice); !s)
        return s.error();
    Result<qint64> id = InvoiceRepository(m_db).insert(invoice);
    if (!id)
        return id;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Status InvoiceService::update(const Invoice &invoice) const
{
    if (Status valid = validate(invoice); !valid)
        return valid;
    Transaction tx(m_db);
    const InvoiceRepository invoices(m_db);
    const auto stored = invoices.findById(invoice.id);
    if (!stored)
        return Error{Tr::tr("this invoice no longer exists")};
    if (stored->currency != invoice.currency && stored->paidCents != 0)
        return Error{Tr::tr("the currency cannot change once payments are recorded"), QStringLiteral("currency")};
    if (Status s = checkAgainstDatabase(invoice); !s)
        return s;
    // A dispute is opened and closed by DisputeService, with its record: an edit keeps it as is.
    Invoice edited = invoice;
    if (stored->pause == PauseReason::Disputed || edited.pause == PauseReason::Disputed)
        edited.pause = stored->pause;
    if (Status s = invoices.update(edited); !s)
        return s;
    return tx.commit();
}

}  // namespace relance
