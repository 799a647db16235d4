#include "einvoice.h"

#include "guardedxml.h"
#include "inputfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EInvoice)
};

// UNTDID 1001 codes of credit notes (EN 16931 allows these for BT-3).
const QStringList kCreditNoteCodes{QStringLiteral("381"), QStringLiteral("261"), QStringLiteral("262"),
                                   QStringLiteral("296"), QStringLiteral("308"), QStringLiteral("396"),
                                   QStringLiteral("420"), QStringLiteral("458"), QStringLiteral("532")};

using Setter = std::function<Status(const QString &text, const QXmlStreamAttributes &attributes)>;

QDate ciiDate(const QString &text, const QXmlStreamAttributes &attributes)
{
    const QString format = attributes.value(QStringLiteral("format")).toString();
    if (format.isEmpty() || format == QLatin1String("102"))
        return QDate::fromString(text.trimmed(), QStringLiteral("yyyyMMdd"));
    return {};
}

// The element paths (local names from the root's child, '/'-joined) of each syntax, and what
// to do with their text. Each field keeps its first value, except the due dates.
QHash<QString, Setter> settersFor(EInvoiceSyntax syntax, EInvoice &inv)
{
    QHash<QString, Setter> s;
    const auto text = [](QString &field) {
        return [&field](const QString &t, const QXmlStreamAttributes &) {
            if (field.isEmpty())
                field = t.simplified();
            return success();
        };
    };
    const auto amount = [](std::optional<qint64> &field, const char *what) {
        return [&field, what](const QString &t, const QXmlStreamAttributes &) -> Status {
            if (field)
                return success();
            field = parseXmlAmountCents(t);
            if (!field)
                return Error(Tr::tr("\"%1\" is not an amount").arg(t.trimmed()), QString::fromLatin1(what));
            return success();
        };
    };
    const auto date = [](QDate &field, bool cii) {
        return [&field, cii](const QString &t, const QXmlStreamAttributes &a) -> Status {
            if (field.isValid())
                return success();
            field = cii ? ciiDate(t, a) : QDate::fromString(t.trimmed(), Qt::ISODate);
            if (!field.isValid())
                return Error(Tr::tr("\"%1\" is not a date that exists").arg(t.trimmed()), QStringLiteral("issue_date"));
            return success();
        };
    };
    const auto dueDate = [&inv](bool cii) {
        return [&inv, cii](const QString &t, const QXmlStreamAttributes &a) -> Status {
            const QDate d = cii ? ciiDate(t, a) : QDate::fromString(t.trimmed(), Qt::ISODate);
            if (!d.isValid())
                return Error(Tr::tr("\"%1\" is not a date that exists").arg(t.trimmed()), QStringLiteral("due_date"));
            inv.dueDates << d;
            return success();
        };
    };
    const auto party = [&](const QString &prefix, EInvoiceParty &p, bool cii) {
        if (cii) {
            s.insert(prefix + QStringLiteral("/Name"), text(p.name));
            s.insert(prefix + QStringLiteral("/SpecifiedLegalOrganization/ID"), text(p.legalId));
            s.insert(prefix + QStringLiteral("/SpecifiedLegalOrganization/TradingBusinessName"), text(p.tradingName));
            s.insert(prefix + QStringLiteral("/SpecifiedTaxRegistration/ID"), text(p.vatId));
            s.insert(prefix + QStringLiteral("/URIUniversalCommunication/URIID"), text(p.email));
            s.insert(prefix + QStringLiteral("/PostalTradeAddress/LineOne"), text(p.street));
            s.insert(prefix + QStringLiteral("/PostalTradeAddress/PostcodeCode"), text(p.postcode));
            s.insert(prefix + QStringLiteral("/PostalTradeAddress/CityName"), text(p.city));
            s.insert(prefix + QStringLiteral("/PostalTradeAddress/CountryID"), text(p.country));
        } else {
            s.insert(prefix + QStringLiteral("/Party/PartyLegalEntity/RegistrationName"), text(p.name));
            s.insert(prefix + QStringLiteral("/Party/PartyLegalEntity/CompanyID"), text(p.legalId));
            s.insert(prefix + QStringLiteral("/Party/PartyName/Name"), text(p.tradingName));
            s.insert(prefix + QStringLiteral("/Party/PartyTaxScheme/CompanyID"), text(p.vatId));
            s.insert(prefix + QStringLiteral("/Party/Contact/ElectronicMail"), text(p.email));
            s.insert(prefix + QStringLiteral("/Party/PostalAddress/StreetName"), text(p.street));
            s.insert(prefix + QStringLiteral("/Party/PostalAddress/PostalZone"), text(p.postcode));
            s.insert(prefix + QStringLiteral("/Party/PostalAddress/CityName"), text(p.city));
            s.insert(prefix + QStringLiteral("/Party/PostalAddress/Country/IdentificationCode"), text(p.country));
        }
    };
    const auto item = [&inv](const QString &t, const QXmlStreamAttributes &) {
        if (const QString name = t.simplified(); !name.isEmpty())
            inv.itemNames << name;
        return success();
    };
    // The two CII syntaxes differ only in the names of the header and of the transaction's parts.
    const auto cii = [&](const QString &header, const QString &agreement, const QString &settlement,
                         const QString &totals) {
        s.insert(header + QStringLiteral("/ID"), text(inv.number));
        s.insert(header + QStringLiteral("/TypeCode"), text(inv.typeCode));
        s.insert(header + QStringLiteral("/IssueDateTime/DateTimeString"), date(inv.issueDate, true));
        s.insert(settlement + QStringLiteral("/SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString"),
                 dueDate(true));
        s.insert(settlement + QStringLiteral("/InvoiceCurrencyCode"), text(inv.currency));
        s.insert(settlement + QStringLiteral("/InvoiceReferencedDocument/IssuerAssignedID"),
                 text(inv.referencedInvoice));
        s.insert(totals + QStringLiteral("/GrandTotalAmount"), amount(inv.grandTotalCents, "grand_total"));
        s.insert(totals + QStringLiteral("/TaxBasisTotalAmount"), amount(inv.taxExclusiveCents, "tax_basis"));
        s.insert(totals + QStringLiteral("/TotalPrepaidAmount"), amount(inv.prepaidCents, "prepaid"));
        s.insert(totals + QStringLiteral("/DuePayableAmount"), amount(inv.dueCents, "due"));
        party(agreement + QStringLiteral("/SellerTradeParty"), inv.seller, true);
        party(agreement + QStringLiteral("/BuyerTradeParty"), inv.buyer, true);
        const QString transaction = agreement.section(QLatin1Char('/'), 0, 0);
        s.insert(transaction + QStringLiteral("/IncludedSupplyChainTradeLineItem/SpecifiedTradeProduct/Name"), item);
    };
    switch (syntax) {
    case EInvoiceSyntax::CiiD16B: {
        const QString settlement = QStringLiteral("SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement");
        cii(QStringLiteral("ExchangedDocument"),
            QStringLiteral("SupplyChainTradeTransaction/ApplicableHeaderTradeAgreement"), settlement,
            settlement + QStringLiteral("/SpecifiedTradeSettlementHeaderMonetarySummation"));
        break;
    }
    case EInvoiceSyntax::ZugferdV1: {
        const QString settlement =
            QStringLiteral("SpecifiedSupplyChainTradeTransaction/ApplicableSupplyChainTradeSettlement");
        cii(QStringLiteral("HeaderExchangedDocument"),
            QStringLiteral("SpecifiedSupplyChainTradeTransaction/ApplicableSupplyChainTradeAgreement"), settlement,
            settlement + QStringLiteral("/SpecifiedTradeSettlementMonetarySummation"));
        break;
    }
    case EInvoiceSyntax::UblInvoice:
    case EInvoiceSyntax::UblCreditNote:
        s.insert(QStringLiteral("ID"), text(inv.number));
        s.insert(QStringLiteral("InvoiceTypeCode"), text(inv.typeCode));
        s.insert(QStringLiteral("CreditNoteTypeCode"), text(inv.typeCode));
        s.insert(QStringLiteral("IssueDate"), date(inv.issueDate, false));
        s.insert(QStringLiteral("DueDate"), dueDate(false));
        s.insert(QStringLiteral("PaymentMeans/PaymentDueDate"), dueDate(false));
        s.insert(QStringLiteral("DocumentCurrencyCode"), text(inv.currency));
        s.insert(QStringLiteral("BillingReference/InvoiceDocumentReference/ID"), text(inv.referencedInvoice));
        s.insert(QStringLiteral("LegalMonetaryTotal/TaxInclusiveAmount"), amount(inv.grandTotalCents, "grand_total"));
        s.insert(QStringLiteral("LegalMonetaryTotal/TaxExclusiveAmount"), amount(inv.taxExclusiveCents, "tax_basis"));
        s.insert(QStringLiteral("LegalMonetaryTotal/PrepaidAmount"), amount(inv.prepaidCents, "prepaid"));
        s.insert(QStringLiteral("LegalMonetaryTotal/PayableAmount"), amount(inv.dueCents, "due"));
        s.insert(QStringLiteral("InvoiceLine/Item/Name"), item);
        s.insert(QStringLiteral("CreditNoteLine/Item/Name"), item);
        party(QStringLiteral("AccountingSupplierParty"), inv.seller, false);
        party(QStringLiteral("AccountingCustomerParty"), inv.buyer, false);
        break;
    }
    return s;
}
}  // namespace

QString eInvoiceSyntaxLabel(EInvoiceSyntax syntax)
{
    switch (syntax) {
    case EInvoiceSyntax::CiiD16B: return QStringLiteral("Factur-X / ZUGFeRD 2 (CII)");
    case EInvoiceSyntax::ZugferdV1: return QStringLiteral("ZUGFeRD 1.0 (CII)");
    case EInvoiceSyntax::UblInvoice: return QStringLiteral("UBL 2.1 Invoice");
    case EInvoiceSyntax::UblCreditNote: return QStringLiteral("UBL 2.1 CreditNote");
    }
    return {};
}

bool EInvoice::isCreditNote() const
{
    return syntax == EInvoiceSyntax::UblCreditNote || kCreditNoteCodes.contains(typeCode);
}

QString EInvoice::object() const
{
    QStringList names;
    for (const QString &name : itemNames)
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    constexpr int kNamed = 3;  // beyond, the letter would list a delivery note
    QString text = names.size() <= kNamed ? names.join(QStringLiteral(", "))
                                          : Tr::tr("%1 and %n other item(s)", nullptr, int(names.size()) - kNamed + 1)
                                                .arg(names.mid(0, kNamed - 1).join(QStringLiteral(", ")));
    constexpr int kLongest = 200;
    if (text.size() > kLongest)
        text = text.left(kLongest - 1).trimmed() + QChar(0x2026);
    return text;
}

std::optional<qint64> parseXmlAmountCents(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch m = pattern.match(input.trimmed());
    if (!m.hasMatch() || m.captured(2).size() > 13)
        return std::nullopt;
    const QString fraction = m.captured(3);
    qint64 cents = m.captured(2).toLongLong() * 100 + fraction.left(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    if (fraction.size() > 2 && fraction.at(2) >= QLatin1Char('5'))
        ++cents;  // "8.855" -> 8.86: half away from zero, the sign applied after
    return m.captured(1) == QLatin1String("-") ? -cents : cents;
}

Result<EInvoice> readEInvoiceXml(const QByteArray &xml, const QString &fileName)
{
    EInvoice inv;
    GuardedXmlReader reader(xml);
    QStringList path;                        // local names below the root
    QList<QXmlStreamAttributes> attributes;  // of each element of the path (CII dates' format)
    QHash<QString, Setter> setters;
    QString text;
    bool rooted = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            if (!rooted) {
                rooted = true;
                if (name == QLatin1String("CrossIndustryInvoice"))
                    inv.syntax = EInvoiceSyntax::CiiD16B;
                else if (name == QLatin1String("CrossIndustryDocument"))
                    inv.syntax = EInvoiceSyntax::ZugferdV1;
                else if (name == QLatin1String("Invoice"))
                    inv.syntax = EInvoiceSyntax::UblInvoice;
                else if (name == QLatin1String("CreditNote"))
                    inv.syntax = EInvoiceSyntax::UblCreditNote;
                else
                    return Error(Tr::tr("this XML is not an e-invoice Relance reads (its root is <%1>; expected "
                                        "Factur-X, ZUGFeRD or UBL)")
                                     .arg(name),
                                 QStringLiteral("file"))
                        .at(fileName, int(reader.lineNumber()));
                setters = settersFor(inv.syntax, inv);
                continue;
            }
            path << name;
            attributes << reader.attributes();
            text.clear();
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            const auto setter = setters.constFind(path.join(QLatin1Char('/')));
            if (setter != setters.cend())
                if (Status s = (*setter)(text, attributes.last()); !s)
                    return Error(s.error()).at(fileName, int(reader.lineNumber()));
            path.removeLast();
            attributes.removeLast();
            text.clear();
        }
    }
    if (reader.hasError())
        return Error(reader.errorMessage(), QStringLiteral("file")).at(fileName, reader.lineNumber());
    if (!rooted)
        return Error(Tr::tr("the file holds no XML"), QStringLiteral("file")).at(fileName, 1);
    if (inv.number.isEmpty())
        return Error(Tr::tr("the invoice has no number"), QStringLiteral("number")).at(fileName, 1);
    if (!inv.issueDate.isValid())
        return Error(Tr::tr("the invoice has no issue date"), QStringLiteral("issue_date")).at(fileName, 1);
    if (inv.seller.name.isEmpty())
        inv.seller.name = inv.seller.tradingName;
    if (inv.buyer.name.isEmpty())
        inv.buyer.name = inv.buyer.tradingName;
    if (inv.seller.tradingName == inv.seller.name)
        inv.seller.tradingName.clear();
    if (inv.buyer.tradingName == inv.buyer.name)
        inv.buyer.tradingName.clear();
    // Made safe to store and to print: no control characters, no field longer than any real one.
    inv.number = cleanImportedText(inv.number, 100);
    for (EInvoiceParty *party : {&inv.seller, &inv.buyer}) {
        for (QString *field : {&party->name, &party->tradingName, &party->legalId, &party->vatId, &party->email,
                               &party->postcode, &party->city, &party->country})
            *field = cleanImportedText(*field, 200);
        party->street = cleanImportedText(party->street, 500, true);
    }
    return inv;
}

}  // namespace relance
