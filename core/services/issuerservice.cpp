#include "issuerservice.h"

#include "domain/bankaccount.h"
#include "storage/database.h"
#include "storage/issuerrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IssuerService)
};
}  // namespace

Status IssuerService::validate(const Issuer &i)
{
    if (i.companyName.trimmed().isEmpty())
        return Error(Tr::tr("your company's name is required: it heads every letter"), QStringLiteral("company_name"));
    if (!i.siret.trimmed().isEmpty()) {
        QString digits = i.siret;
        digits.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
        static const QRegularExpression siret(QStringLiteral("^\\d{14}$"));
        if (!siret.match(digits).hasMatch())
            return Error(Tr::tr("\"%1\" is not a SIRET (14 digits)").arg(i.siret), QStringLiteral("siret"));
    }
    if (!i.vatNumber.trimmed().isEmpty()) {
        static const QRegularExpression vat(QStringLiteral("^[A-Z]{2}[0-9A-Z]{2,13}$"));
        if (!vat.match(i.vatNumber.trimmed().remove(QLatin1Char(' ')).toUpper()).hasMatch())
            return Error(Tr::tr("\"%1\" is not a VAT number (e.g. FR40123456789)").arg(i.vatNumber),
                         QStringLiteral("vat"));
    }
    if (!i.email.trimmed().isEmpty()) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(i.email.trimmed()).hasMatch())
            return Error(Tr::tr("\"%1\" is not an e-mail address").arg(i.email), QStringLiteral("email"));
    }
    if (!i.iban.trimmed().isEmpty() && !isValidIban(i.iban))
        return Error(Tr::tr("\"%1\" is not a valid IBAN: check for a typo (its check digits do not match)").arg(i.iban),
                     QStringLiteral("iban"));
    if (!i.bic.trimmed().isEmpty() && !isValidBic(i.bic))
        return Error(Tr::tr("\"%1\" is not a BIC (8 or 11 characters, e.g. AGRIFRPP)").arg(i.bic),
                     QStringLiteral("bic"));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(i.country).hasMatch())
        return Error(Tr::tr("the country must be a two-letter code such as FR or BE"), QStringLiteral("country"));
    return success();
}

Issuer IssuerService::load() const { return IssuerRepository(m_db).load(); }

Status IssuerService::save(Issuer issuer) const
{
    if (Status valid = validate(issuer); !valid)
        return valid;
    issuer.companyName = issuer.companyName.trimmed();
    if (!issuer.iban.trimmed().isEmpty())
        issuer.iban = formattedIban(issuer.iban);
    issuer.bic = issuer.bic.trimmed().toUpper();
    Transaction tx(m_db);
    if (Status s = IssuerRepository(m_db).save(issuer); !s)
        return s;
    return tx.commit();
}

}  // namespace relance
