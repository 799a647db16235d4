#include "issuerservice.h"

#include "domain/bankaccount.h"
#include "domain/identifiers.h"
#include "storage/database.h"
#include "storage/issuerrepository.h"

#include <QCoreApplication>

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
    if (!i.siret.trimmed().isEmpty() && !isDigits(i.siret, 14))
        return Error(Tr::tr("\"%1\" is not a SIRET (14 digits)").arg(i.siret), QStringLiteral("siret"));
    if (!i.vatNumber.trimmed().isEmpty() && !isValidVatNumber(i.vatNumber))
        return Error(Tr::tr("\"%1\" is not a VAT number (e.g. FR40123456789)").arg(i.vatNumber), QStringLiteral("vat"));
    if (!i.email.trimmed().isEmpty() && !isValidEmail(i.email))
        return Error(Tr::tr("\"%1\" is not an e-mail address").arg(i.email), QStringLiteral("email"));
    if (!i.iban.trimmed().isEmpty() && !isValidIban(i.iban))
        return Error(Tr::tr("\"%1\" is not a valid IBAN: check for a typo (its check digits do not match)").arg(i.iban),
                     QStringLiteral("iban"));
    if (!i.bic.trimmed().isEmpty() && !isValidBic(i.bic))
        return Error(Tr::tr("\"%1\" is not a BIC (8 or 11 characters, e.g. AGRIFRPP)").arg(i.bic),
                     QStringLiteral("bic"));
    if (!isValidCountryCode(i.country))
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
