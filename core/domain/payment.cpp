#include "payment.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethod)
};
}  // namespace

qint64 Payment::allocatedCents() const
{
    qint64 sum = 0;
    for (const Allocation &a : allocations)
        sum += a.amountCents;
    return sum;
}

QStringList paymentMethodKeys()
{
    return {QStringLiteral("transfer"),     QStringLiteral("cheque"), QStringLiteral("card"),
            QStringLiteral("direct-debit"), QStringLiteral("cash"),   QStringLiteral("credit-note"),
            QStringLiteral("other")};
}

QString paymentMethodLabel(const QString &key)
{
    if (key == QLatin1String("transfer"))
        return Tr::tr("Bank transfer");
    if (key == QLatin1String("cheque"))
        return Tr::tr("Cheque");
    if (key == QLatin1String("card"))
        return Tr::tr("Card");
    if (key == QLatin1String("direct-debit"))
        return Tr::tr("Direct debit");
    if (key == QLatin1String("cash"))
        return Tr::tr("Cash");
    if (key == QLatin1String("credit-note"))
        return Tr::tr("Credit note");
    if (key == QLatin1String("other"))
        return Tr::tr("Other");
    return key;
}

}  // namespace relance
