#include "auth/secreterror.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using namespace zenml;

// How QtKeychain's error codes and messages become our outcomes. The messages are the ones
// observed from QtKeychain 0.13 with libsecret on Debian 12 (see tst_keychain for the real runs).
class TestSecretError : public QObject
{
    Q_OBJECT

private slots:
    void classification_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("says");

        const QString noKeychain = QStringLiteral("No OS keychain is available");
        const QString locked = QStringLiteral("locked or refused access");
        const QString failed = QStringLiteral("The OS keychain failed");
        QTest::newRow("no bus socket")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not connect: No such file or directory") << ErrorKind::Keychain
            << noKeychain;
        QTest::newRow("no bus address")
            << int(QKeychain::OtherError)
            << QStringLiteral("Failed to execute child process \u201cdbus-launch\u201d (No such "
                              "file or directory)")
            << ErrorKind::Keychain << noKeychain;
        QTest::newRow("no collection")
            << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path "
                              "\u201c/org/freedesktop/secrets/collection/login\u201d")
            << ErrorKind::Keychain << noKeychain;
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QString() << ErrorKind::Keychain << noKeychain;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << ErrorKind::Keychain << noKeychain;
        QTest::newRow("locked collection")
            << int(QKeychain::AccessDenied)
            << QStringLiteral("Cannot create an item in a locked collection") << ErrorKind::Keychain
            << locked;
        QTest::newRow("user said no")
            << int(QKeychain::AccessDeniedByUser) << QString() << ErrorKind::Keychain << locked;
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry)
                                          << QStringLiteral("busy") << ErrorKind::Io << failed;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Out of memory")
                               << ErrorKind::Io << failed;
    }

    void classification()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, says);
        const Error error = secreterror::fromQtKeychain(code, detail);
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(error.message.contains(detail), qPrintable(error.message));
        // Every keychain error tells the admin a way forward.
        QVERIFY2(error.message.contains(QLatin1String("sign in for this session only"),
                                        Qt::CaseInsensitive),
                 qPrintable(error.message));
    }

    void noBackendWithoutDetailIsTheDocumentedSentence()
    {
        QCOMPARE(
            secreterror::noBackend().message,
            QStringLiteral("No OS keychain is available (Secret Service not running). Sign in "
                           "for this session only, or start a keyring such as GNOME Keyring."));
    }
};

QTEST_GUILESS_MAIN(TestSecretError)
#include "tst_secreterror.moc"
