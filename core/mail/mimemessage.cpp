#include "mimemessage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>

#include <cstdlib>

namespace relance {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// A display name as RFC 5322 wants it: quoted when it holds specials, encoded when not ASCII.
QByteArray addressHeader(const MailAddress &a)
{
    const QByteArray address = a.address.trimmed().toLatin1();
    const QString name = a.name.trimmed();
    if (name.isEmpty())
        return address;
    QByteArray shown;
    if (!isPlainAscii(name)) {
        shown = encodedWords(name);
    } else {
        static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
        bool quote = false;
        for (const QChar c : name)
            quote |= specials.contains(c);
        shown = quote ? '"' +
                            QString(name)
                                .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                                .replace(QLatin1Char('"'), QStringLiteral("\\\""))
                                .toLatin1() +
                            '"'
                      : name.toLatin1();
    }
    // The address on a folded line of its own when the name is long.
    return shown + (shown.size() + address.size() > 60 ? "\r\n <" : " <") + address + '>';
}

QByteArray addressList(const QList<MailAddress> &list)
{
    QByteArrayList parts;
    for (const MailAddress &a : list)
        if (!a.isEmpty())
            parts << addressHeader(a);
    return parts.join(",\r\n ");
}

// 76-character lines of base64.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + kCrlf;
    return out;
}

// A file name in Content-Disposition: ASCII as is (quoted), otherwise RFC 2231 UTF-8.
QByteArray fileNameParameter(const QByteArray &parameter, const QString &fileName)
{
    if (isPlainAscii(fileName) && !fileName.contains(QLatin1Char('"')))
        return parameter + "=\"" + fileName.toLatin1() + '"';
    return parameter + "*=UTF-8''" + fileName.toUtf8().toPercentEncoding();
}

QByteArray partHeaders(const MailPart &p, bool inlined)
{
    QByteArray h = "Content-Type: " + p.mimeType + ";" + kCrlf + " " + fileNameParameter("name", p.fileName) + kCrlf;
    h += "Content-Transfer-Encoding: base64" + kCrlf;
    if (inlined)
        h += "Content-ID: <" + p.contentId + '>' + kCrlf;
    h += QByteArray(inlined ? "Content-Disposition: inline;" : "Content-Disposition: attachment;") + kCrlf + " " +
         fileNameParameter("filename", p.fileName) + kCrlf;
    return h;
}

}  // namespace

QByteArray encodedWords(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Words of at most 39 bytes of UTF-8 (52 of base64: with "Subject: " a line stays under 78),
    // never cutting a character, each on its own folded line.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 39) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray quotedPrintable(const QString &text)
{
    QByteArray out;
    const QStringList lines =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray utf8 = lines.at(n).toUtf8();
        QByteArray line;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8.at(i));
            const bool last = i == utf8.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // A soft break keeps every line within 76 characters (the "=" included).
            if (line.size() + piece.size() > 75) {
                out += line + '=' + kCrlf;
                line.clear();
            }
            line += piece;
        }
        out += line;
        if (n + 1 < lines.size())
            out += kCrlf;
    }
    return out;
}

QString htmlFromText(const QString &text, const QByteArray &inlineImage)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
                                  "<body style=\"font-family: sans-serif;\">\n");
    for (const QString &paragraph :
         QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QStringLiteral("\n\n"))) {
        if (paragraph.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p>") +
                paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n")) +
                QStringLiteral("</p>\n");
    }
    if (!inlineImage.isEmpty())
        html += QStringLiteral("<p><img src=\"cid:%1\" alt=\"\" width=\"180\" height=\"180\"></p>\n")
                    .arg(QString::fromLatin1(inlineImage));
    return html + QStringLiteral("</body></html>\n");
}

QByteArray MailMessage::effectiveMessageId() const
{
    if (!messageId.isEmpty())
        return messageId;
    // Made from what the message says, so that the same message gets the same id (the archive
    // and the server see one message), and from the sender's domain as RFC 5322 suggests.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(from.address.toUtf8());
    for (const MailAddress &a : to)
        hash.addData(a.address.toUtf8());
    hash.addData(subject.toUtf8());
    hash.addData(text.toUtf8());
    hash.addData(date.toUTC().toString(Qt::ISODate).toLatin1());
    for (const MailPart &p : attachments)
        hash.addData(p.data);
    const QString domain = from.address.section(QLatin1Char('@'), 1).trimmed();
    return '<' + hash.result().toHex().left(32) + "@" +
           (domain.isEmpty() ? QByteArray("relance.invalid") : domain.toLatin1()) + '>';
}

QByteArray MailMessage::toMime() const
{
    const QByteArray id = effectiveMessageId();
    const QByteArray seed = QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24);
    const QByteArray mixed = "=_mixed_" + seed, related = "=_related_" + seed, alternative = "=_alt_" + seed;

    QByteArray m;
    m += "From: " + addressHeader(from) + kCrlf;
    m += "To: " + addressList(to) + kCrlf;
    if (!addressList(cc).isEmpty())
        m += "Cc: " + addressList(cc) + kCrlf;
    if (!replyTo.isEmpty())
        m += "Reply-To: " + addressHeader(replyTo) + kCrlf;
    m += "Subject: " + encodedWords(subject.simplified()) + kCrlf;
    // RFC 5322 date, in English whatever the interface's language.
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const int offset = when.offsetFromUtc() / 60;
    m += "Date: " + QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() +
         (offset < 0 ? '-' : '+') + QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') +
         QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0') + kCrlf;
    m += "Message-ID: " + id + kCrlf;
    m += "MIME-Version: 1.0" + kCrlf;
    m += "Content-Type: multipart/mixed;" + kCrlf + " boundary=\"" + mixed + '"' + kCrlf + kCrlf;
    m += "This is a message in MIME format." + kCrlf;

    const QByteArray contentId = inlineImages.isEmpty() ? QByteArray() : inlineImages.first().contentId;
    m += "--" + mixed + kCrlf;
    if (!inlineImages.isEmpty())
        m += "Content-Type: multipart/related;" + kCrlf + " boundary=\"" + related + '"' + kCrlf + kCrlf + "--" + related + kCrlf;
    m += "Content-Type: multipart/alternative;" + kCrlf + " boundary=\"" + alternative + '"' + kCrlf + kCrlf;
    m += "--" + alternative + kCrlf;
    m += "Content-Type: text/plain; charset=UTF-8" + kCrlf + "Content-Transfer-Encoding: quoted-printable" + kCrlf +
         kCrlf;
    m += quotedPrintable(text) + kCrlf;
    m += "--" + alternative + kCrlf;
    m += "Content-Type: text/html; charset=UTF-8" + kCrlf + "Content-Transfer-Encoding: quoted-printable" + kCrlf +
         kCrlf;
    m += quotedPrintable(htmlFromText(text, contentId)) + kCrlf;
    m += "--" + alternative + "--" + kCrlf;
    if (!inlineImages.isEmpty()) {
        for (const MailPart &p : inlineImages)
            m += "--" + related + kCrlf + partHeaders(p, true) + kCrlf + base64Lines(p.data);
        m += "--" + related + "--" + kCrlf;
    }
    for (const MailPart &p : attachments)
        m += "--" + mixed + kCrlf + partHeaders(p, false) + kCrlf + base64Lines(p.data);
    m += "--" + mixed + "--" + kCrlf;
    return m;
}

}  // namespace relance
