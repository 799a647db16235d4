#include "issuerrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

QString IssuerRepository::country() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT country FROM issuer WHERE id = 1")) && q.next() &&
        !q.value(0).toString().trimmed().isEmpty())
        return q.value(0).toString().trimmed().toUpper();
    return QStringLiteral("FR");
}

Issuer IssuerRepository::load() const
{
    QSqlQuery q(m_db.connection());
    Issuer i;
    if (!q.exec(QStringLiteral(
            "SELECT company_name, legal_form, siret, vat_number, address, postal_code, city, "
            "country, email, phone, iban, bic, signatory_name, signatory_title, logo, signature FROM issuer "
            "WHERE id = 1")) ||
        !q.next())
        return i;
    i.companyName = q.value(0).toString();
    i.legalForm = q.value(1).toString();
    i.siret = q.value(2).toString();
    i.vatNumber = q.value(3).toString();
    i.address = q.value(4).toString();
    i.postalCode = q.value(5).toString();
    i.city = q.value(6).toString();
    i.country = q.value(7).toString();
    i.email = q.value(8).toString();
    i.phone = q.value(9).toString();
    i.iban = q.value(10).toString();
    i.bic = q.value(11).toString();
    i.signatoryName = q.value(12).toString();
    i.signatoryTitle = q.value(13).toString();
    i.logo = q.value(14).toByteArray();
    i.signature = q.value(15).toByteArray();
    return i;
}

Status IssuerRepository::save(const Issuer &i) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE issuer SET company_name = ?, legal_form = ?, siret = ?, vat_number = ?, "
                             "address = ?, postal_code = ?, city = ?, country = ?, email = ?, phone = ?, iban = ?, "
                             "bic = ?, signatory_name = ?, signatory_title = ?, logo = ?, signature = ? WHERE id = 1"));
    for (const QString &v : {i.companyName, i.legalForm, i.siret, i.vatNumber, i.address, i.postalCode, i.city,
                             i.country, i.email, i.phone, i.iban, i.bic, i.signatoryName, i.signatoryTitle})
        q.addBindValue(notNull(v));
    for (const QByteArray &image : {i.logo, i.signature})
        q.addBindValue(image.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(image));
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("IssuerRepository", "Saving your company's details"));
    return success();
}

}  // namespace relance
