#pragma once

#include "letterkind.h"
#include "lettertemplate.h"

#include "domain/money.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace relance {

// A table of a letter: every cell already formatted for the letter's language.
struct LetterTable
{
    QStringList headers;
    QList<bool> numeric;  // per column: right-aligned
    QList<QStringList> rows;
    QList<QStringList> totals;  // bold rows after the others
    QStringList notes;          // small print under the table (the rate's basis per period...)

    bool isEmpty() const { return rows.isEmpty(); }
};

// A letter composed from the data and its template, ready to paint: plain text only (the
// renderer escapes it), so nothing a user typed can become markup or load a file.
struct LetterDocument
{
    LetterKind kind = LetterKind::Reminder1;
    QString language;  // "fr", "en"
    QDate date;

    QStringList senderLines;     // the first is the name, printed bold
    QStringList recipientLines;  // printed in the envelope window
    // The client's postal address is not known: the letter can go by e-mail, not by post.
    bool missingPostalAddress = false;
    QString placeAndDate;        // "Paris, le 23 novembre 2026"
    QString sendingMode;         // "Lettre recommandée avec accusé de réception n° ..." or empty
    QString references;          // "Nos références : facture F-2026-014"
    QString subject;             // with its label: "Objet : ..."
    QString title;               // "MISE EN DEMEURE", or empty
    QList<LetterBlock> body;
    LetterTable invoiceTable;
    LetterTable interestTable;
    LetterTable scheduleTable;
    LetterTable paymentsTable;  // a statement of account's payments received
    QList<QPair<QString, QString>> paymentDetails;  // label, value (IBAN, BIC, reference...)
    QImage paymentQr;                               // SEPA QR code (EPC069-12), may be null
    QByteArray paymentQrPayload;                    // what the code says (empty with no code)
    QString paymentQrCaption;
    QStringList signatureLines;  // name, capacity
    // The box the debtor signs ({debtor_signature}): title, the words to write by hand, the
    // debtor's name, the date and signature lines. Printed after the sender's signature.
    QStringList debtorSignatureLines;
    QImage signature;            // may be null
    bool roomToSign = true;      // blank room above the name to sign by hand (a statement is not signed)
    QImage logo;                 // may be null
    QString enclosuresLabel;
    QStringList enclosures;
    QString footer;        // the issuer's legal mentions, on every page
    QString pageTemplate;  // "Page %1 sur %2"

    // The same step by e-mail and text message.
    QString emailSubject;
    QString emailBody;
    QString textMessage;

    // What the letter claims, for the archive and the action it records.
    QList<qint64> invoiceIds;
    QStringList invoiceNumbers;  // same order
    qint64 clientId = 0;
    QString clientEmail;
    Money totalDue;
    QDate deadline;        // estimated when it runs from the receipt
    int deadlineDays = 0;  // from the receipt (registered) or the date
    QString trackingNumber;

    // "mailto:" to the client with the e-mail's subject and body: opens the user's mail program
    // (a mailto link cannot carry the PDF; the user attaches it).
    QUrl mailto() const;
};

}  // namespace relance
