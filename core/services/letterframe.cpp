#include "letterframe.h"

#include "domain/bankaccount.h"
#include "domain/identifiers.h"
#include "domain/paymentreference.h"
#include "letters/epcqrcode.h"

#include <QRegularExpression>
#include <QSet>

namespace relance {

QStringList textLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

QString countryLine(const LetterStrings &s, const QString &country)
{
    const QString key = QStringLiteral("country.") + country.toUpper();
    return s.has(key) ? s.get(key) : country.toUpper();
}

QString defaultLetterLanguage(const Client &client)
{
    static const QSet<QString> frenchSpeaking{QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU"),
                                              QStringLiteral("MC"), QStringLiteral("CH")};
    return frenchSpeaking.contains(client.country.toUpper()) ? QStringLiteral("fr") : QStringLiteral("en");
}

QString issuerAddressOneLine(const Issuer &issuer)
{
    return textLines(issuer.address).join(QStringLiteral(", ")) + QStringLiteral(", ") + issuer.postalCode +
           QLatin1Char(' ') + issuer.city;
}

Salutation salutationFor(const LetterStrings &s, const QString &contact)
{
    static const QRegularExpression civility(
        QStringLiteral("^(mme|madame|mrs|ms|miss|mlle|m|monsieur|mr|dr|docteur|me|ma[i\u00ee]tre)\\.?\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    Salutation out{s.get(QStringLiteral("salutation")), s.get(QStringLiteral("salutation")),
                   s.get(QStringLiteral("closing.unnamed"))};
    const QString name = contact.trimmed();
    if (name.isEmpty())
        return out;
    const auto m = civility.match(name);
    QString kind;
    if (m.hasMatch()) {
        const QString c = m.captured(1).toLower();
        kind = QStringList{QStringLiteral("mme"), QStringLiteral("madame"), QStringLiteral("mrs"),
                           QStringLiteral("ms"),  QStringLiteral("miss"),   QStringLiteral("mlle")}
                       .contains(c)
                   ? QStringLiteral("female")
               : QStringList{QStringLiteral("m"), QStringLiteral("monsieur"), QStringLiteral("mr")}.contains(c)
                   ? QStringLiteral("male")
               : QStringList{QStringLiteral("me"), QStringLiteral("maître"), QStringLiteral("maitre")}.contains(c)
                   ? QStringLiteral("counsel")
                   : QStringLiteral("doctor");
    }
    if (!kind.isEmpty()) {
        const auto fill = [&](const QString &text) {
            return text.contains(QLatin1String("%1")) ? text.arg(m.captured(2).trimmed()) : text;
        };
        out.opening = fill(s.get(QStringLiteral("salutation.") + kind));
        out.closingTitle = fill(s.get(QStringLiteral("closing.title.") + kind));
        out.closing = s.get(QStringLiteral("closing.named"));
    } else if (s.get(QStringLiteral("salutation.name")).contains(QLatin1String("%1"))) {  // English only
        out.opening = s.get(QStringLiteral("salutation.name")).arg(name);
        out.closingTitle = out.opening;
        out.closing = s.get(QStringLiteral("closing.named"));
    }
    return out;
}

void frameSheet(LetterDocument &d, const Issuer &issuer, const Client &client, const LetterStrings &s,
                const QDate &date)
{
    const QString companyNumberKey =
        issuer.country == QLatin1String("BE") ? QStringLiteral("footer.bce") : QStringLiteral("footer.siret");
    d.senderLines << (issuer.legalForm.trimmed().isEmpty()
                          ? issuer.companyName.trimmed()
                          : QStringLiteral("%1 (%2)").arg(issuer.companyName.trimmed(), issuer.legalForm.trimmed()));
    d.senderLines << textLines(issuer.address);
    d.senderLines << QStringLiteral("%1 %2").arg(issuer.postalCode.trimmed(), issuer.city.trimmed()).trimmed();
    if (issuer.country != QLatin1String("FR"))
        d.senderLines << countryLine(s, issuer.country);
    if (!issuer.siret.trimmed().isEmpty())
        d.senderLines << s.get(companyNumberKey).arg(formattedCompanyNumber(issuer.siret, issuer.country));
    if (!issuer.email.trimmed().isEmpty())
        d.senderLines << issuer.email.trimmed();
    if (!issuer.phone.trimmed().isEmpty())
        d.senderLines << issuer.phone.trimmed();

    d.recipientLines << client.name.trimmed();
    if (!client.contactPerson.trimmed().isEmpty())
        d.recipientLines << s.get(QStringLiteral("attention")).arg(client.contactPerson.trimmed());
    d.recipientLines << textLines(client.address);
    d.recipientLines
        << QStringLiteral("%1 %2").arg(client.postalCode.trimmed(), client.city.trimmed().toUpper()).trimmed();
    d.recipientLines.removeAll(QString());
    d.missingPostalAddress = client.address.trimmed().isEmpty() || client.city.trimmed().isEmpty();
    if (client.country.toUpper() != issuer.country.toUpper())
        d.recipientLines << countryLine(s, client.country);

    d.placeAndDate = s.get(QStringLiteral("place_date")).arg(issuer.city.trimmed(), s.date(date));
    d.signatureLines << (issuer.signatoryName.trimmed().isEmpty() ? issuer.companyName.trimmed()
                                                                  : issuer.signatoryName.trimmed());
    if (!issuer.signatoryTitle.trimmed().isEmpty())
        d.signatureLines << issuer.signatoryTitle.trimmed();
    d.signature = QImage::fromData(issuer.signature);
    d.logo = QImage::fromData(issuer.logo);

    QStringList footer{issuer.companyName.trimmed()};
    if (!issuer.legalForm.trimmed().isEmpty())
        footer << issuer.legalForm.trimmed();
    if (!issuer.siret.trimmed().isEmpty())
        footer << s.get(companyNumberKey).arg(formattedCompanyNumber(issuer.siret, issuer.country));
    if (!issuer.vatNumber.trimmed().isEmpty())
        footer << s.get(QStringLiteral("footer.vat")).arg(issuer.vatNumber.trimmed());
    footer << issuerAddressOneLine(issuer);
    d.footer = footer.join(QStringLiteral(" \u2013 "));
    d.pageTemplate = s.get(QStringLiteral("page"));
}

QString PaymentReference::printed() const
{
    return creditor.isEmpty() ? invoices : paymentref::grouped(creditor);
}

PaymentReference paymentReferenceFor(const QStringList &invoiceNumbers, const Client &client)
{
    PaymentReference r;
    r.invoices = invoiceNumbers.join(QStringLiteral(", "));
    const QString first = invoiceNumbers.value(0);
    r.creditor = paymentref::creditorReference(first);
    if (client.country.toUpper() == QLatin1String("BE"))
        r.belgian = paymentref::belgianCommunication(first);
    return r;
}

void addTransferDetails(LetterDocument &d, const Issuer &issuer, const LetterStrings &s,
                        const PaymentReference &reference)
{
    d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.method")), s.get(QStringLiteral("pay.transfer")));
    d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.holder")), issuer.companyName.trimmed());
    if (!issuer.iban.trimmed().isEmpty())
        d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.iban")), formattedIban(issuer.iban));
    if (!issuer.bic.trimmed().isEmpty())
        d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.bic")), issuer.bic.trimmed());
    d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.reference")), reference.printed());
    if (!reference.belgian.isEmpty())
        d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.belgian")), reference.belgian);
}

void addTransferQr(LetterDocument &d, const Issuer &issuer, const LetterStrings &s,
                   const PaymentReference &reference, const Money &qrAmount)
{
    const EpcTransfer transfer{issuer.companyName, issuer.iban, issuer.bic, qrAmount,
                               reference.creditor.isEmpty() ? reference.invoices : QString(), reference.creditor};
    d.paymentQr = epcQrCode(transfer);
    d.paymentQrPayload = d.paymentQr.isNull() ? QByteArray() : epcPayload(transfer);
    d.paymentQrCaption = s.get(QStringLiteral("pay.qr"));
}

}  // namespace relance
