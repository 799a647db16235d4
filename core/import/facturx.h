#pragma once

#include "einvoice.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relance {

// An XML file attached to a PDF.
struct EmbeddedXml
{
    QString name;
    QByteArray data;
};

// The invoice XML a Factur-X / ZUGFeRD PDF carries (factur-x.xml, zugferd-invoice.xml,
// ZUGFeRD-invoice.xml, xrechnung.xml...), read with poppler. A PDF poppler cannot open, or one
// with no invoice XML attached, is refused with its file name.
Result<QList<EmbeddedXml>> embeddedInvoiceXml(const QByteArray &pdf, const QString &fileName);

// Every invoice in a file: a PDF's attached XML (a PDF made for both ZUGFeRD 1 and 2 carries
// two), or the XML itself.
Result<QList<EInvoice>> readEInvoiceFile(const QByteArray &bytes, const QString &fileName);

}  // namespace relance
