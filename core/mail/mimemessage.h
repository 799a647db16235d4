#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relance {

// An e-mail as Relance sends it (issue 18): the same text as plain text and as HTML, the QR
// code shown inside the HTML, the letter's PDF attached. toMime() gives the exact bytes that go
// to the server and into the archive (.eml), so both are the same message.

struct MailAddress
{
    QString name;     // may be empty
    QString address;  // "compta@studio-graphik.fr"
    bool isEmpty() const { return address.trimmed().isEmpty(); }
};

struct MailPart
{
    QString fileName;     // what the reader's mail program shows ("relance-1_F-2026-041.pdf")
    QByteArray mimeType;  // "application/pdf", "image/png"
    QByteArray data;
    QByteArray contentId;  // an image the HTML shows as "cid:<contentId>"; empty for an attachment
};

struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;  // a blind copy is no header: it is only an envelope recipient
    MailAddress replyTo;    // may be empty
    QString subject;
    QString text;  // the plain text; the HTML alternative is made from it (htmlFromText)
    QList<MailPart> inlineImages;
    QList<MailPart> attachments;
    QDateTime date;
    QByteArray messageId;  // "<…@domain>"; made from the content and the sender's domain if empty

    // RFC 5322 and MIME (RFC 2045–2047, 2183, 2231, 2392): CRLF line ends, no line over 78
    // characters, UTF-8 headers as encoded words, bodies in quoted-printable, files in base64.
    QByteArray toMime() const;
    // The Message-ID toMime() writes.
    QByteArray effectiveMessageId() const;
};

// RFC 2047: the text as is when it is plain ASCII, otherwise "=?UTF-8?B?…?=" words, folded.
QByteArray encodedWords(const QString &text);
// RFC 2045 quoted-printable, lines of at most 76 characters, CRLF line breaks kept as such.
QByteArray quotedPrintable(const QString &text);
// The HTML alternative of a plain text: escaped, paragraphs on blank lines, line breaks kept;
// `inlineImage` (a content id) is shown after the text when given.
QString htmlFromText(const QString &text, const QByteArray &inlineImage = {});

}  // namespace relance
