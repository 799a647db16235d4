#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace relance {

// How to reach the user's outgoing mail server (no secret here: the password or the OAuth2
// token comes from the keyring, see SecretStore).
struct SmtpServer
{
    enum class Security {
        Tls,       // SMTPS, TLS from the first byte (port 465)
        StartTls,  // plain, then STARTTLS before anything else, required (port 587)
        None,      // no encryption: refused unless the server is on this machine (tests)
    };
    enum class Auth { Password, OAuth2 };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    Auth auth = Auth::Password;
    QString user;    // empty: no authentication (a relay on the loopback)
    QString caFile;  // one more certificate authority to trust (a company's own), beside the system's
    int timeoutSeconds = 60;

    bool isLoopback() const;
};
QString securityKey(SmtpServer::Security security);  // "tls", "starttls", "none"
std::optional<SmtpServer::Security> securityFromKey(const QString &key);

// Who the server is told the message is from and for (the envelope); Bcc recipients are here
// and in no header.
struct SmtpEnvelope
{
    QByteArray from;
    QList<QByteArray> recipients;
};

// What the server said when it took the message: its final reply ("250 2.0.0 Ok: queued as
// 4F1A2B3C"), the proof that it accepted it.
struct SmtpReceipt
{
    QString finalReply;
    QDateTime acceptedAt;  // UTC
};

// The kinds of failure a user acts on differently; the Error's field.
namespace smtperror {
inline const QString authentication = QStringLiteral("authentication");
inline const QString tls = QStringLiteral("tls");
inline const QString recipient = QStringLiteral("recipient");
inline const QString sender = QStringLiteral("sender");
inline const QString connection = QStringLiteral("connection");
inline const QString timeout = QStringLiteral("timeout");
inline const QString refused = QStringLiteral("refused");
inline const QString cancelled = QStringLiteral("cancelled");
inline const QString settings = QStringLiteral("mail");
}  // namespace smtperror

// The credential of one sending: a password (AUTH PLAIN or LOGIN, as the server offers) or an
// OAuth2 access token (XOAUTH2 or OAUTHBEARER).
struct SmtpCredential
{
    QString secret;
    bool isBearerToken = false;
};

// Sends one message: what the GUI, the CLI and the tests share. An interface so that the
// morning run's logic is one code path whatever carries the bytes.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual Result<SmtpReceipt> send(const SmtpEnvelope &envelope, const QByteArray &message) = 0;
};

// SMTP through libcurl: certificates always verified, STARTTLS required when asked for, the
// server's replies kept so that an error quotes the server's own words.
class SmtpTransport : public MailTransport
{
public:
    SmtpTransport(SmtpServer server, SmtpCredential credential, const std::atomic_bool *cancel = nullptr);
    Result<SmtpReceipt> send(const SmtpEnvelope &envelope, const QByteArray &message) override;

private:
    SmtpServer m_server;
    SmtpCredential m_credential;
    const std::atomic_bool *m_cancel;
};

}  // namespace relance
