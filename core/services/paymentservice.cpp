#include "paymentservice.h"

#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)
};
}  // namespace

namespace {
}  // namespace

Result<qint64> PaymentService::record(const Payment &payment) const
{
    if (!payment.date.isValid())
        return Error{Tr::tr("the payment date is missing or invalid"), QStringLiteral("date")};
    if (payment.amountCents <= 0)
        return Error{Tr::tr("the amount must be greater than zero"), QStringLiteral("amount")};
    if (!Money::isValidCurrencyCode(payment.currency))
        return Error{Tr::tr("\"%1\" is not a currency code").arg(payment.currency), QStringLiteral("currency")};
    if (!payment.method.isEmpty() && !paymentMethodKeys().contains(payment.method))
        return Error{Tr::tr("unknown payment method \"%1\" (one of: %2)")
                         .arg(payment.method, paymentMethodKeys().join(QStringLiteral(", "))),
                     QStringLiteral("method")};
    if (payment.allocations.isEmpty())
        return Error{Tr::tr("say which invoice the payment settles"), QStringLiteral("allocations")};
    if (payment.allocatedCents() > payment.amountCents)
        return Error{
            Tr::tr("%1 is allocated to invoices but only %2 was paid")
                .arg(Money(payment.allocatedCents(), payment.currency).toString(), payment.amount().toString()),
            QStringLiteral("allocations")};

    Transaction tx(m_db);
    const InvoiceRepository invoices(m_db);
    QSet<qint64> seen;
    for (const Allocation &a : payment.allocations) {
        const auto invoice = invoices.findById(a.invoiceId);
        if (!invoice)
            return Error{Tr::tr("invoice %1 does not exist")
                             .arg(a.invoiceNumber.isEmpty() ? QString::number(a.invoiceId) : a.invoiceNumber),
                         QStringLiteral("invoice")};
        if (seen.contains(a.invoiceId))
            return Error{Tr::tr("invoice %1 is listed twice").arg(invoice->number), QStringLiteral("allocations")};
        seen.insert(a.invoiceId);
        if (a.amountCents <= 0)
            return Error{Tr::tr("the amount allocated to invoice %1 must be greater than zero").arg(invoice->number),
                         QStringLiteral("allocations")};
        if (invoice->currency != payment.currency)
            return Error{Tr::tr("invoice %1 is in %2, the payment in %3")
                             .arg(invoice->number, invoice->currency, payment.currency),
                         QStringLiteral("currency")};
    }
    Result<qint64> id = PaymentRepository(m_db).insert(payment);
    if (!id)
        return id;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Status PaymentService::remove(qint64 paymentId) const
{
    Transaction tx(m_db);
    // A payment made from a bank credit gives the credit back to reconciliation.
    QSqlQuery reopen(m_db.connection());
    reopen.prepare(
        QStringLiteral("UPDATE bank_transactions SET status = 'open', payment_id = NULL WHERE payment_id = ?"));
    reopen.addBindValue(paymentId);
    if (!reopen.exec())
        return sqlError(reopen, Tr::tr("Deleting the payment"));
    const Result<bool> removed = PaymentRepository(m_db).remove(paymentId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error(Tr::tr("this payment no longer exists"));
    return tx.commit();
}

Result<qint64> PaymentService::recordForInvoice(const QString &invoiceNumber, Payment payment) const
{
    const auto invoice = InvoiceRepository(m_db).findByNumber(invoiceNumber);
    if (!invoice)
        return Error{Tr::tr("invoice %1 does not exist").arg(invoiceNumber.trimmed()), QStringLiteral("invoice")};
    payment.allocations = {Allocation{invoice->id, invoice->number, payment.amountCents}};
    return record(payment);
}

}  // namespace relance
