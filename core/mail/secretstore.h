#pragma once

#include "domain/result.h"

#include <QString>

namespace relance {

// Where the mail password and OAuth2 refresh token live: the system keyring (Secret Service,
// i.e. GNOME Keyring or KeePassXC, or KWallet) through QtKeychain; never the book or QSettings,
// which travel in backups and are readable by anything that reads the home folder.
class SecretStore
{
public:
    // `account` names the secret, e.g. "smtp:moi@example.fr@smtp.example.fr".
    // An absent secret is an Error with field "absent"; no keyring is field "keyring".
    static Result<QString> read(const QString &account);
    static Status write(const QString &account, const QString &secret);
    static Status remove(const QString &account);
};

}  // namespace relance
