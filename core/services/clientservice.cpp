#include "clientservice.h"

#include "domain/identifiers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientService)
};
}  // namespace

namespace {
}  // namespace

Status ClientService::validate(const Client &c)
{
    if (c.name.trimmed().isEmpty())
        return Error{Tr::tr("the client's name is required"), QStringLiteral("name")};
    if (c.name.size() > 200)
        return Error{Tr::tr("the name is longer than 200 characters"), QStringLiteral("name")};
    // The company's number as its country registers it: SIREN/SIRET in France, the enterprise
    // number (BCE/KBO) in Belgium; elsewhere as the client gives it.
    const QString country = c.country.trimmed().toUpper();
    if (!c.sirenSiret.trimmed().isEmpty()) {
        if (country == QLatin1String("BE") && !isValidBelgianEnterpriseNumber(c.sirenSiret))
            return Error{Tr::tr("\"%1\" is not a Belgian enterprise number (BCE/KBO: 10 digits such as 0456.789.133, "
                                "the last two checking the first eight)")
                             .arg(c.sirenSiret),
                         QStringLiteral("siret")};
        if (country == QLatin1String("FR") && !isDigits(c.sirenSiret, 9) && !isDigits(c.sirenSiret, 14))
            return Error{Tr::tr("\"%1\" is neither a SIREN (9 digits) nor a SIRET (14 digits)").arg(c.sirenSiret),
                         QStringLiteral("siret")};
        if (c.sirenSiret.trimmed().size() > 30)
            return Error{Tr::tr("the company number is longer than 30 characters"), QStringLiteral("siret")};
    }
    if (!c.governingLaw.trimmed().isEmpty() && !isValidCountryCode(c.governingLaw.trimmed().toUpper()))
        return Error{Tr::tr("the governing law must be a country's two-letter code such as FR or BE"),
                     QStringLiteral("governing_law")};
    if (!c.vatNumber.trimmed().isEmpty() && !isValidVatNumber(c.vatNumber))
        return Error{Tr::tr("\"%1\" is not a VAT number (e.g. FR40123456789)").arg(c.vatNumber), QStringLiteral("vat")};
    if (!c.email.trimmed().isEmpty() && !isValidEmail(c.email))
        return Error{Tr::tr("\"%1\" is not an e-mail address").arg(c.email), QStringLiteral("email")};
    for (const QString &cc : emailList(c.emailCc))
        if (!isValidEmail(cc))
            return Error{Tr::tr("\"%1\" (copy to) is not an e-mail address").arg(cc), QStringLiteral("email_cc")};
    if (!isValidCountryCode(c.country))
        return Error{Tr::tr("the country must be a two-letter code such as FR or BE"), QStringLiteral("country")};
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > 365)
        return Error{Tr::tr("payment terms must be between 0 and 365 days"), QStringLiteral("payment_terms")};
    if (c.penaltyRateBasisPoints && (*c.penaltyRateBasisPoints < 0 || *c.penaltyRateBasisPoints > 10000))
        return Error{Tr::tr("the penalty rate must be between 0 and 100 %"), QStringLiteral("penalty_rate")};
    return success();
}

Result<qint64> ClientService::add(const Client &client) const
{
    if (Status valid = validate(client); !valid)
        return valid.error();
    Transaction tx(m_db);
    const ClientRepository clients(m_db);
    if (clients.findByName(client.name))
        return Error{Tr::tr("a client named \"%1\" already exists").arg(client.name.trimmed()), QStringLiteral("name")};
    Result<qint64> id = clients.insert(client);
    if (!id)
        return id;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Status ClientService::update(const Client &client) const
{
    if (Status valid = validate(client); !valid)
        return valid;
    Transaction tx(m_db);
    const ClientRepository clients(m_db);
    if (const auto other = clients.findByName(client.name); other && other->id != client.id)
        return Error{Tr::tr("a client named \"%1\" already exists").arg(client.name.trimmed()), QStringLiteral("name")};
    if (!clients.findById(client.id))
        return Error{Tr::tr("this client no longer exists")};
    if (Status s = clients.update(client); !s)
        return s;
    return tx.commit();
}

}  // namespace relance
