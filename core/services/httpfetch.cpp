#include "httpfetch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpFetch)
};
}  // namespace

Result<QByteArray> httpGet(const QUrl &url, int timeoutMs)
{
    if (!url.isValid() || url.scheme().isEmpty())
        return Error(Tr::tr("\"%1\" is not a URL").arg(url.toString()), QStringLiteral("url"));
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Relance/%1").arg(QCoreApplication::applicationVersion()));
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return Error(Tr::tr("%1 did not answer within %n second(s)", nullptr, timeoutMs / 1000).arg(url.toString()),
                     QStringLiteral("url"));
    if (status != 0 && status != 200)
        return Error(Tr::tr("%1 answered %2 %3").arg(url.toString()).arg(status).arg(reason), QStringLiteral("url"));
    if (error != QNetworkReply::NoError)
        return Error(Tr::tr("cannot read %1: %2").arg(url.toString(), errorText), QStringLiteral("url"));
    return body;
}

}  // namespace relance
