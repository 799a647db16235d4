#include "letterdocument.h"

#include <QUrlQuery>

namespace relance {

QUrl LetterDocument::mailto() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(clientEmail);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(emailSubject)));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(emailBody)));
    url.setQuery(query);
    return url;
}

}  // namespace relance
