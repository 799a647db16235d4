#include "epcqrcode.h"

#include <qrencode.h>

namespace relance {

QByteArray epcPayload(const EpcTransfer &t)
{
    QString iban = t.iban;
    iban.remove(QLatin1Char(' '));
    if (iban.isEmpty() || t.name.trimmed().isEmpty() || t.amount.currency() != QLatin1String("EUR") ||
        t.amount.cents() <= 0 || t.amount.cents() > 99999999999LL)
        return {};
    const QStringList lines{
        QStringLiteral("BCD"),
        QStringLiteral("002"),
        QStringLiteral("1"),  // UTF-8
        QStringLiteral("SCT"),
        QString(t.bic).remove(QLatin1Char(' ')),
        t.name.simplified().left(70),
        iban.toUpper(),
        QStringLiteral("EUR") + t.amount.toDecimalString(),
        QString(),  // purpose
        // The structured reference or the text, never both (EPC069-12: one of the two).
        QString(t.structuredReference).remove(QLatin1Char(' ')).toUpper().left(35),
        t.structuredReference.isEmpty() ? t.remittance.simplified().left(140) : QString(),
    };
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QImage epcQrCode(const EpcTransfer &transfer)
{
    const QByteArray payload = epcPayload(transfer);
    if (payload.isEmpty())
        return {};
    QRcode *code = QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char *>(payload.constData()),
                                     0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage image(size, size, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + quiet, y + quiet, 1);
    QRcode_free(code);
    // Sharp modules whatever the printer's scaling.
    return image.convertToFormat(QImage::Format_RGB32)
        .scaled(size * 8, size * 8, Qt::KeepAspectRatio, Qt::FastTransformation);
}

}  // namespace relance
