#include "disputeservice.h"

#include "paymentservice.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisputeService)
};

Status setPause(const Database &db, Invoice invoice, PauseReason reason)
{
    invoice.pause = reason;
    return InvoiceRepository(db).update(invoice);
}
}  // namespace

Result<qint64> DisputeService::open(const Dispute &d, const QDate &today) const
{
    const auto invoice = InvoiceRepository(m_db).findById(d.invoiceId);
    if (!invoice)
        return Error(Tr::tr("invoice %1 does not exist").arg(d.invoiceId), QStringLiteral("invoice"));
    if (!d.openedOn.isValid() || d.openedOn > today)
        return Error(Tr::tr("the date is missing, invalid or in the future"), QStringLiteral("date"));
    if (d.reason.trimmed().isEmpty())
        return Error(Tr::tr("say what the client disputes"), QStringLiteral("reason"));
    if (d.contestedCents <= 0 || d.contestedCents > invoice->amountInclCents)
        return Error(
            Tr::tr("the amount contested is between 0 and the invoice's %1").arg(invoice->totalIncl().toString()),
            QStringLiteral("amount"));
    if (DisputeRepository(m_db).openDispute(invoice->id))
        return Error(Tr::tr("invoice %1 is already disputed").arg(invoice->number), QStringLiteral("invoice"));
    Transaction tx(m_db);
    const Result<qint64> id = DisputeRepository(m_db).insertDispute(d);
    if (!id)
        return id;
    if (Status s = setPause(m_db, *invoice, PauseReason::Disputed); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status DisputeService::resolve(qint64 disputeId, DisputeResolution resolution, const QDate &date, const QString &notes,
                               const QDate &today, qint64 creditCents, const QString &creditNumber) const
{
    const DisputeRepository repo(m_db);
    auto dispute = repo.dispute(disputeId);
    if (!dispute)
        return Error(Tr::tr("dispute %1 does not exist").arg(disputeId), QStringLiteral("dispute"));
    if (!dispute->isOpen())
        return Error(Tr::tr("dispute %1 is already resolved").arg(disputeId), QStringLiteral("dispute"));
    if (resolution == DisputeResolution::Open)
        return Error(Tr::tr("say how the dispute ended: paid, credited or upheld"), QStringLiteral("resolution"));
    if (!date.isValid() || date > today || date < dispute->openedOn)
        return Error(Tr::tr("the date must be between the dispute's opening and today"), QStringLiteral("date"));
    const auto invoice = InvoiceRepository(m_db).findById(dispute->invoiceId);
    if (resolution == DisputeResolution::Credited && (creditCents <= 0 || creditCents > invoice->balance().cents()))
        return Error(Tr::tr("the credit note is between 0 and the balance of %1").arg(invoice->balance().toString()),
                     QStringLiteral("amount"));

    Transaction tx(m_db);
    if (resolution == DisputeResolution::Credited) {
        // A credit note settles that much of the invoice, as a payment would.
        Payment credit;
        credit.date = date;
        credit.amountCents = creditCents;
        credit.currency = invoice->currency;
        credit.method = QStringLiteral("credit-note");
        credit.bankReference = creditNumber.trimmed();
        credit.notes = Tr::tr("Credit note after the dispute: %1").arg(dispute->reason);
        credit.allocations.append({invoice->id, invoice->number, creditCents});
        const Result<qint64> payment = PaymentService(m_db).record(credit);
        if (!payment)
            return payment.error();
        dispute->creditPaymentId = *payment;
    }
    dispute->resolution = resolution;
    dispute->resolvedOn = date;
    dispute->resolutionNotes = notes.trimmed();
    if (Status s = repo.resolve(*dispute); !s)
        return s;
    // Re-read: a credit note changed the paid amount.
    if (Status s = setPause(m_db, *InvoiceRepository(m_db).findById(invoice->id), PauseReason::None); !s)
        return s;
    return tx.commit();
}

Result<qint64> DisputeService::promise(const PaymentPromise &p, const QDate &today) const
{
    const auto invoice = InvoiceRepository(m_db).findById(p.invoiceId);
    if (!invoice)
        return Error(Tr::tr("invoice %1 does not exist").arg(p.invoiceId), QStringLiteral("invoice"));
    if (!p.madeOn.isValid() || p.madeOn > today)
        return Error(Tr::tr("the date is missing, invalid or in the future"), QStringLiteral("date"));
    if (!p.promisedDate.isValid() || p.promisedDate < p.madeOn)
        return Error(Tr::tr("the promised date is missing or before the promise"), QStringLiteral("promised_date"));
    if (p.promisedDate > p.madeOn.addDays(366))
        return Error(Tr::tr("a promise more than a year ahead is a payment plan"), QStringLiteral("promised_date"));
    if (p.amountCents < 0 || p.amountCents > invoice->balance().cents())
        return Error(Tr::tr("the amount promised is at most the balance of %1").arg(invoice->balance().toString()),
                     QStringLiteral("amount"));
    if (invoice->balance().cents() <= 0)
        return Error(Tr::tr("invoice %1 is paid").arg(invoice->number), QStringLiteral("invoice"));
    Transaction tx(m_db);
    const Result<qint64> id = DisputeRepository(m_db).insertPromise(p);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

}  // namespace relance
