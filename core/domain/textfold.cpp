#include "textfold.h"

namespace relance::text {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'œ' || u == u'Œ')
            out += QLatin1String("oe");
        else if (u == u'æ' || u == u'Æ')
            out += QLatin1String("ae");
        else if (u == u'ß')
            out += QLatin1String("ss");
        else if (u == u'\u2019' || u == u'\u2018' || u == u'\u02BC')
            out += QLatin1Char('\'');
        else
            out += c.toLower();
    }
    return out;
}

}  // namespace relance::text
