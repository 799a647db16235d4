#pragma once

#include <QString>

// SQL conditions on an invoice aliased `i`, shared by the invoice lists and the dashboard so that
// a figure and the list it opens count the same invoices.
namespace relance::invoiceconditions {

// A balance is left to pay.
inline QString open() { return QStringLiteral("i.paid_cents < i.amount_incl_cents"); }

// The client contests it and the dispute is not resolved (at most one such, by index).
inline QString openDispute()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.resolution = '')");
}

// An active payment plan covers it.
inline QString inActivePlan()
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM plan_invoices pi JOIN plans pl ON pl.id = pi.plan_id WHERE pi.invoice_id = i.id "
        "AND pl.status = 'active')");
}

// The day the client said it would be paid, as ISO text: its latest promise, or the new due date
// of a settlement still proposed or confirmed, whichever is later; '' when neither exists.
inline QString promisedDate()
{
    return QStringLiteral(
        "max(coalesce((SELECT pr.promised_date FROM promises pr WHERE pr.invoice_id = i.id ORDER BY pr.id DESC "
        "LIMIT 1), ''), coalesce((SELECT max(s.new_due_date) FROM settlement_invoices si JOIN settlements s ON "
        "s.id = si.settlement_id WHERE si.invoice_id = i.id AND s.status IN ('proposed', 'confirmed')), ''))");
}

}  // namespace relance::invoiceconditions
