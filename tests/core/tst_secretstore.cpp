// The mail password in the system keyring through QtKeychain: run by CTest inside a private
// D-Bus session with GNOME Keyring (tests/support/with-keyring.sh), never the user's keyring.
#include "mail/secretstore.h"

#include <QProcess>
#include <QTest>

using namespace relance;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void aPasswordIsWrittenReadAndRemoved()
    {
        const QString account = QStringLiteral("smtp:moi@atelier-dupre.fr@smtp.example.fr");
        QCOMPARE(SecretStore::read(account).error().field, QStringLiteral("absent"));
        QVERIFY(SecretStore::write(account, QStringLiteral("s3cret é")));
        const Result<QString> back = SecretStore::read(account);
        QVERIFY2(back, qPrintable(back.error().describe()));
        QCOMPARE(*back, QStringLiteral("s3cret é"));
        // Kept by the keyring under Relance's name (QtKeychain's "server" attribute), where the
        // desktop's own tools see it.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                   QStringLiteral("server"), QStringLiteral("Relance")});
        if (tool.waitForFinished(10000) && tool.exitCode() == 0)
            QVERIFY(tool.readAllStandardError().contains(account.toUtf8()) ||
                    tool.readAllStandardOutput().contains(account.toUtf8()));
        QVERIFY(SecretStore::write(account, QStringLiteral("new one")));
        QCOMPARE(*SecretStore::read(account), QStringLiteral("new one"));
        QVERIFY(SecretStore::remove(account));
        QCOMPARE(SecretStore::read(account).error().field, QStringLiteral("absent"));
        QVERIFY(SecretStore::remove(account));  // removing what is gone is no error
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
