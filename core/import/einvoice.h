#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relance {

// An electronic invoice as read from its XML: Factur-X / ZUGFeRD 2.x (UN/CEFACT CII D16B, every
// profile from MINIMUM to EXTENDED), ZUGFeRD 1.0 (CII "CrossIndustryDocument") or UBL 2.1
// (Invoice and CreditNote). Amounts are kept exactly as the file states them, absent ones absent.
enum class EInvoiceSyntax { CiiD16B, ZugferdV1, UblInvoice, UblCreditNote };
QString eInvoiceSyntaxLabel(EInvoiceSyntax syntax);

struct EInvoiceParty
{
    QString name;         // the legal (registration) name, else the trading name
    QString tradingName;  // when it differs
    QString legalId;      // SIRET/SIREN or another registration number
    QString vatId;
    QString email;
    QString street;
    QString postcode;
    QString city;
    QString country;  // ISO 3166 alpha-2
};

struct EInvoice
{
    EInvoiceSyntax syntax = EInvoiceSyntax::CiiD16B;
    QString number;
    QString typeCode;  // UNTDID 1001: 380 invoice, 381 credit note, 389 self-billed...
    QDate issueDate;
    QList<QDate> dueDates;  // in file order (the first is the net due date)
    EInvoiceParty seller;
    EInvoiceParty buyer;
    QString currency;
    std::optional<qint64> grandTotalCents;  // including VAT
    std::optional<qint64> taxExclusiveCents;
    std::optional<qint64> prepaidCents;
    std::optional<qint64> dueCents;  // DuePayableAmount / PayableAmount
    QString referencedInvoice;       // a credit note's invoice
    QStringList itemNames;           // each line's item name (BT-153), in file order

    // What the invoice is for, for the letters' "Objet" line: the items' names, a few of them.
    QString object() const;

    bool isCreditNote() const;
    // What remains to pay: the due amount when stated, else the grand total (ZUGFeRD 1.0 BASIC).
    std::optional<qint64> amountDueCents() const { return dueCents ? dueCents : grandTotalCents; }
};

// Namespace-agnostic reading with QXmlStreamReader. Errors name the file and line: not XML,
// not an invoice syntax Relance knows, no number or issue date, an amount or date it cannot read.
Result<EInvoice> readEInvoiceXml(const QByteArray &xml, const QString &fileName);

// XML amounts ("-529.87", "500", "8.850"): cents, half away from zero past the second decimal.
std::optional<qint64> parseXmlAmountCents(const QString &text);

}  // namespace relance
