#include "smtptransport.h"

#include "domain/enumkeys.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

#include <curl/curl.h>

#include <mutex>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Smtp)
};

// libcurl wants one global initialisation before any thread uses it.
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What one transfer saw: the server's replies and our commands, in order.
struct Conversation
{
    QList<QByteArray> replies;
    QList<QByteArray> commands;
    QByteArray upload;
    qsizetype sent = 0;
    bool openReply = false;  // the last line read was "NNN-…": the reply goes on
    const std::atomic_bool *cancel = nullptr;

    // The last full reply (a multi-line one joined) before the goodbye of QUIT.
    QString lastReply() const
    {
        for (qsizetype i = replies.size() - 1; i >= 0; --i)
            if (!replies.at(i).startsWith("221"))
                return QString::fromUtf8(replies.at(i)).trimmed();
        return {};
    }
    QByteArray lastRecipientCommand() const
    {
        for (qsizetype i = commands.size() - 1; i >= 0; --i)
            if (commands.at(i).startsWith("RCPT TO:"))
                return commands.at(i);
        return {};
    }
};

int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *c = static_cast<Conversation *>(user);
    const QByteArray text(data, qsizetype(size));
    if (type == CURLINFO_HEADER_IN) {
        // Replies come in chunks of lines; a multi-line one ("250-…" lines then "250 …") is kept whole.
        for (const QByteArray &line : text.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.isEmpty())
                continue;
            if (c->openReply && !c->replies.isEmpty())
                c->replies.last() += "\n" + l;
            else
                c->replies << l;
            c->openReply = l.size() > 3 && l.at(3) == '-';
        }
    } else if (type == CURLINFO_HEADER_OUT) {
        // Never keep a credential, even in memory longer than needed.
        c->commands << (text.startsWith("AUTH") ? QByteArray("AUTH") : text.trimmed());
    }
    return 0;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *c = static_cast<Conversation *>(user);
    const qsizetype n = std::min<qsizetype>(qsizetype(size * count), c->upload.size() - c->sent);
    memcpy(buffer, c->upload.constData() + c->sent, size_t(n));
    c->sent += n;
    return size_t(n);
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *c = static_cast<Conversation *>(user);
    return c->cancel && c->cancel->load() ? 1 : 0;
}

QString endpoint(const SmtpServer &s) { return QStringLiteral("%1:%2").arg(s.host).arg(s.port); }

// What went wrong, in the words a user can act on, quoting the server.
Error failure(CURLcode code, const SmtpServer &server, const Conversation &c, const char *detail)
{
    const QString where = endpoint(server);
    const QString reply = c.lastReply();
    const QString said = reply.isEmpty() ? QString::fromUtf8(detail) : reply;
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return Error(Tr::tr("%1 refused the user name or password (or token): %2").arg(where, said),
                     smtperror::authentication);
    case CURLE_USE_SSL_FAILED:
        return Error(Tr::tr("%1 does not offer STARTTLS: the message was not sent unencrypted (%2)").arg(where, said),
                     smtperror::tls);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return Error(Tr::tr("no secure connection with %1: %2").arg(where, QString::fromUtf8(detail)), smtperror::tls);
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error(Tr::tr("the mail server %1 is unknown (check its name and the network)").arg(server.host),
                     smtperror::connection);
    case CURLE_COULDNT_CONNECT:
        return Error(Tr::tr("the mail server %1 does not answer (%2)").arg(where, QString::fromUtf8(detail)),
                     smtperror::connection);
    case CURLE_OPERATION_TIMEDOUT:
        return Error(Tr::tr("the mail server %1 did not answer within %n second(s)", nullptr, server.timeoutSeconds)
                         .arg(where),
                     smtperror::timeout);
    case CURLE_ABORTED_BY_CALLBACK:
        return Error(Tr::tr("sending was cancelled before the server accepted the message"), smtperror::cancelled);
    default: break;
    }
    const QString text = QString::fromUtf8(detail);
    if (text.startsWith(QLatin1String("RCPT failed"))) {
        QByteArray who = c.lastRecipientCommand().mid(8);
        who.replace('<', "").replace('>', "");
        return Error(Tr::tr("%1 refused the recipient %2: %3").arg(where, QString::fromUtf8(who), reply),
                     smtperror::recipient);
    }
    if (text.startsWith(QLatin1String("MAIL failed")))
        return Error(Tr::tr("%1 refused the sender address: %2").arg(where, reply), smtperror::sender);
    if (!reply.isEmpty() && (reply.startsWith(QLatin1Char('4')) || reply.startsWith(QLatin1Char('5'))))
        return Error(Tr::tr("%1 refused the message: %2").arg(where, reply), smtperror::refused);
    return Error(Tr::tr("sending through %1 failed: %2").arg(where, text.isEmpty() ? reply : text),
                 smtperror::connection);
}

}  // namespace

bool SmtpServer::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString securityKey(SmtpServer::Security security)
{
    switch (security) {
    case SmtpServer::Security::Tls: return QStringLiteral("tls");
    case SmtpServer::Security::StartTls: return QStringLiteral("starttls");
    case SmtpServer::Security::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpServer::Security> securityFromKey(const QString &key)
{
    return enumFromKey(key,
                       std::array{SmtpServer::Security::Tls, SmtpServer::Security::StartTls, SmtpServer::Security::None},
                       securityKey);
}

SmtpTransport::SmtpTransport(SmtpServer server, SmtpCredential credential, const std::atomic_bool *cancel)
    : m_server(std::move(server)), m_credential(std::move(credential)), m_cancel(cancel)
{
}

Result<SmtpReceipt> SmtpTransport::send(const SmtpEnvelope &envelope, const QByteArray &message)
{
    const SmtpServer &s = m_server;
    if (s.host.trimmed().isEmpty())
        return Error(Tr::tr("no mail server is set up (Settings ▸ E-mail)"), smtperror::settings);
    if (s.security == SmtpServer::Security::None && !s.isLoopback())
        return Error(Tr::tr("%1 is not on this computer: Relance sends only encrypted (TLS or STARTTLS) to another "
                            "machine")
                         .arg(s.host),
                     smtperror::tls);
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        return Error(Tr::tr("the certificate authority file %1 cannot be read").arg(s.caFile), smtperror::tls);
    if (envelope.recipients.isEmpty())
        return Error(Tr::tr("the message has no recipient"), smtperror::recipient);

    initialiseCurl();
    CURL *curl = curl_easy_init();
    if (!curl)
        return Error(Tr::tr("the mail library could not start"), smtperror::connection);
    Conversation c;
    c.upload = message;
    c.cancel = m_cancel;
    char detail[CURL_ERROR_SIZE] = {};
    const QByteArray scheme = s.security == SmtpServer::Security::Tls ? "smtps" : "smtp";
    const QByteArray url = scheme + "://" + s.host.toUtf8() + ':' + QByteArray::number(s.port);
    const QByteArray from = '<' + envelope.from + '>';
    curl_slist *recipients = nullptr;
    for (const QByteArray &r : envelope.recipients)
        recipients = curl_slist_append(recipients, ('<' + r + '>').constData());
    const QByteArray user = s.user.toUtf8();
    const QByteArray secret = m_credential.secret.toUtf8();
    const QByteArray caFile = s.caFile.toLocal8Bit();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(s.timeoutSeconds, 30)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(s.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     s.security == SmtpServer::Security::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty()) {
        // The extra authority, and the system's through its hashed directory (OpenSSL reads both).
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(curl, CURLOPT_CAPATH, "/etc/ssl/certs");
    }
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        if (m_credential.isBearerToken)
            curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, secret.constData());
        else
            curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, onRead);
    curl_easy_setopt(curl, CURLOPT_READDATA, &c);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);  // feeds onDebug with the conversation
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &c);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &c);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK)
        return failure(code, s, c, detail);
    // The reply to the end of DATA is the last one before QUIT's.
    QString accepted;
    for (qsizetype i = c.replies.size() - 1; i >= 0 && accepted.isEmpty(); --i) {
        const QByteArray r = c.replies.at(i).trimmed();
        if (r.startsWith("250"))
            accepted = QString::fromUtf8(r);
    }
    return SmtpReceipt{accepted, QDateTime::currentDateTimeUtc()};
}

}  // namespace relance
