#include "governinglaw.h"

#include "domain/client.h"

#include <QCoreApplication>
#include <QLocale>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GoverningLaw)
};

QString countryName(const QString &code)
{
    const QLocale::Country c = QLocale::codeToTerritory(code);
    return c == QLocale::AnyTerritory ? code : QLocale::territoryToString(c);
}
}  // namespace

GoverningLaw governingLaw(const Client &client, const QString &issuerCountry)
{
    GoverningLaw g;
    const QString issuer = issuerCountry.trimmed().isEmpty() ? QStringLiteral("FR") : issuerCountry.trimmed().toUpper();
    const QString chosen = client.governingLaw.trimmed().toUpper();
    g.chosen = !chosen.isEmpty();
    g.law = g.chosen ? chosen : issuer;
    g.forum = client.country.trimmed().isEmpty() ? issuer : client.country.trimmed().toUpper();
    g.crossBorder = g.forum != issuer;
    if (client.isConsumer && g.forum != issuer && g.law != g.forum)
        g.warning = Tr::tr("%1 is a consumer living in %2: if you direct your activity to %2, the consumer keeps "
                           "the protection of its law whatever the contract says (Rome I art. 6). Choose that law "
                           "on the Collection tab if so.")
                        .arg(client.name.trimmed(), countryName(g.forum));
    return g;
}

}  // namespace relance
