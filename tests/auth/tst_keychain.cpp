#include "auth/keychainsecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zenml;

// The real KeychainSecretStore against a real Secret Service. Needs a reachable, unlocked keyring:
// run under tests/run-with-keychain.sh, which gives it a private D-Bus session and gnome-keyring.
// Without one this test FAILS on purpose, so a CI without a keychain cannot pass silently.

namespace {

const char *const kChildMode = "ZENML_TST_KEYCHAIN_CHILD";
const char *const kChildProfile = "ZENML_TST_KEYCHAIN_PROFILE";

QString uniqueProfile(const QString &what)
{
    return QStringLiteral("tst_keychain-%1-%2")
        .arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString uniqueSecret()
{
    return QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::Id128);
}

// Every regular file under dir whose bytes contain the secret (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &dir, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile())
            continue; // sockets and fifos in XDG_RUNTIME_DIR
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

QJsonObject outcome(const Status &status)
{
    return {{QStringLiteral("ok"), status.ok()},
            {QStringLiteral("kind"), status.ok() ? -1 : int(status.error().kind)},
            {QStringLiteral("message"), status.ok() ? QString() : status.error().message}};
}

// Child mode: the parent runs this binary again with no reachable keychain or a locked one, and
// reads the outcomes as JSON from its stdout.
int runChild()
{
    const QString profile = qEnvironmentVariable(kChildProfile);
    KeychainSecretStore store;
    const SecretReadResult read = store.readSync(profile, SecretStore::passwordKey());
    QJsonObject readOutcome{
        {QStringLiteral("ok"), read.ok()},
        {QStringLiteral("found"), read.ok() && read.value().has_value()},
        {QStringLiteral("kind"), read.ok() ? -1 : int(read.error().kind)},
        {QStringLiteral("message"), read.ok() ? QString() : read.error().message}};
    const QJsonObject report{
        {QStringLiteral("read"), readOutcome},
        {QStringLiteral("write"),
         outcome(store.writeSync(profile, QStringLiteral("other"), QStringLiteral("x")))},
        {QStringLiteral("check"), outcome(store.checkAvailableSync())},
        {QStringLiteral("removeAll"), outcome(store.removeAllSync(profile))},
    };
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    out.write(QJsonDocument(report).toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const Status available = m_store.checkAvailableSync();
        if (!available.ok()) {
            QFAIL(qPrintable(
                QStringLiteral("No usable Secret Service (%1). tst_keychain needs a real, "
                               "unlocked keychain: run it under "
                               "tests/run-with-keychain.sh, e.g. "
                               "tests/run-with-keychain.sh ctest -L keychain")
                    .arg(available.error().message)));
        }
        QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("zenml-admin"));
    }

    void writeReadOverwrite()
    {
        const QString profile = track(uniqueProfile(QStringLiteral("rw")));
        const QString first = uniqueSecret();
        const QString second = uniqueSecret();
        QVERIFY(m_store.writeSync(profile, SecretStore::passwordKey(), first).ok());
        QCOMPARE(m_store.readSync(profile, SecretStore::passwordKey()).value(),
                 std::optional(first));
        QVERIFY(m_store.writeSync(profile, SecretStore::passwordKey(), second).ok());
        QCOMPARE(m_store.readSync(profile, SecretStore::passwordKey()).value(),
                 std::optional(second));

        // A second store (as after a restart) reads what the first one wrote.
        KeychainSecretStore again;
        QCOMPARE(again.readSync(profile, SecretStore::passwordKey()).value(),
                 std::optional(second));
    }

    void missingEntryIsNotFound()
    {
        const SecretReadResult read =
            m_store.readSync(uniqueProfile(QStringLiteral("none")), SecretStore::passwordKey());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(!read.value().has_value());
    }

    void secretIsNotOnDiskInPlaintext()
    {
        const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY2(!dataHome.isEmpty() && QDir(dataHome).exists(),
                 "XDG_DATA_HOME must be the private data dir of tests/run-with-keychain.sh");

        // The scanner itself must be able to find a planted secret.
        QTemporaryDir control;
        const QString planted = uniqueSecret();
        QFile plant(control.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plant.open(QIODevice::WriteOnly));
        plant.write("x=" + planted.toUtf8() + "\n");
        plant.close();
        QCOMPARE(filesContaining(control.path(), planted).size(), 1);

        const QString profile = track(uniqueProfile(QStringLiteral("disk")));
        const QString secret = uniqueSecret();
        QVERIFY(m_store.writeSync(profile, SecretStore::passwordKey(), secret).ok());
        QVERIFY(
            m_store.writeSync(profile, SecretStore::activationKey(QStringLiteral("u-1")), secret)
                .ok());

        // The keyring really lives in this data dir and now holds items (gnome-keyring saves the
        // file before it answers), so the scan below looks at the right, current bytes.
        const auto keyringBytes = [&dataHome] {
            qint64 total = 0;
            const QDir keyrings(dataHome + QStringLiteral("/keyrings"));
            for (const QFileInfo &info :
                 keyrings.entryInfoList({QStringLiteral("*.keyring")}, QDir::Files))
                total += info.size();
            return total;
        };
        QTRY_VERIFY(keyringBytes() > 0);
        QStringList dirs{dataHome};
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
            if (const QString dir = qEnvironmentVariable(var); !dir.isEmpty())
                dirs << dir;
        }
        for (const QString &dir : std::as_const(dirs)) {
            const QStringList hits = filesContaining(dir, secret);
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secret in plaintext: ") +
                                                hits.join(QLatin1Char(' '))));
        }
        QVERIFY(m_store.removeAllSync(profile).ok());
    }

    void removeLeavesNothing()
    {
        const QString profile = track(uniqueProfile(QStringLiteral("rm")));
        QVERIFY(m_store.writeSync(profile, SecretStore::passwordKey(), uniqueSecret()).ok());
        QVERIFY(m_store.removeSync(profile, SecretStore::passwordKey()).ok());
        QVERIFY(!m_store.readSync(profile, SecretStore::passwordKey()).value().has_value());
        // Removing again, or something never written, succeeds.
        QVERIFY(m_store.removeSync(profile, SecretStore::passwordKey()).ok());
    }

    void removeAllRemovesEverySecretOfTheProfile()
    {
        const QString profile = track(uniqueProfile(QStringLiteral("all")));
        const QString other = track(uniqueProfile(QStringLiteral("other")));
        const QStringList keys{SecretStore::passwordKey(),
                               SecretStore::activationKey(QStringLiteral("u-1")),
                               SecretStore::activationKey(QStringLiteral("u-2"))};
        for (const QString &key : keys)
            QVERIFY(m_store.writeSync(profile, key, uniqueSecret()).ok());
        const QString kept = uniqueSecret();
        QVERIFY(m_store.writeSync(other, SecretStore::passwordKey(), kept).ok());

        QVERIFY(m_store.removeAllSync(profile).ok());
        for (const QString &key : keys)
            QVERIFY2(!m_store.readSync(profile, key).value().has_value(), qPrintable(key));
        QCOMPARE(m_store.readSync(other, SecretStore::passwordKey()).value(), std::optional(kept));
    }

    void noBackendIsKeychainErrorNotNotFound()
    {
        // A secret that exists, so "not found" would be as wrong as "found".
        const QString profile = track(uniqueProfile(QStringLiteral("nobus")));
        QVERIFY(m_store.writeSync(profile, SecretStore::passwordKey(), uniqueSecret()).ok());

        QTemporaryDir nowhere;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMode), QStringLiteral("child"));
        env.insert(QString::fromLatin1(kChildProfile), profile);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") +
                       nowhere.filePath(QStringLiteral("no-such-socket")));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY(!report.isEmpty());

        for (const QString &step : {QStringLiteral("read"), QStringLiteral("write"),
                                    QStringLiteral("check"), QStringLiteral("removeAll")}) {
            const QJsonObject result = report.value(step).toObject();
            const QString message = result.value(QStringLiteral("message")).toString();
            QVERIFY2(!result.value(QStringLiteral("ok")).toBool(), qPrintable(step));
            QCOMPARE(result.value(QStringLiteral("kind")).toInt(), int(ErrorKind::Keychain));
            QVERIFY2(message.startsWith(QLatin1String("No OS keychain is available")),
                     qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("Sign in for this session only")),
                     qPrintable(message));
        }
        // And the real keychain still has the secret: the child changed nothing.
        QVERIFY(m_store.readSync(profile, SecretStore::passwordKey()).value().has_value());
    }

    void lockedKeychainIsKeychainError()
    {
        const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY2(!dataHome.isEmpty(), "XDG_DATA_HOME must be set by tests/run-with-keychain.sh");
        const QString profile = track(uniqueProfile(QStringLiteral("locked")));
        QVERIFY(m_store.writeSync(profile, SecretStore::passwordKey(), uniqueSecret()).ok());

        // A second session bus and keyring daemon over the same keyring files, started without
        // the password: the login collection exists but is locked.
        QTemporaryDir runtime;
        QVERIFY(QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner |
                                                          QFileDevice::WriteOwner |
                                                          QFileDevice::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMode), QStringLiteral("child"));
        env.insert(QString::fromLatin1(kChildProfile), profile);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null "
                                    "2>&1; exec \"$0\""),
                     QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY(!report.isEmpty());

        for (const QString &step : {QStringLiteral("write"), QStringLiteral("check")}) {
            const QJsonObject result = report.value(step).toObject();
            const QString message = result.value(QStringLiteral("message")).toString();
            QVERIFY2(!result.value(QStringLiteral("ok")).toBool(), qPrintable(step));
            QCOMPARE(result.value(QStringLiteral("kind")).toInt(), int(ErrorKind::Keychain));
            QVERIFY2(message.contains(QLatin1String("locked")), qPrintable(message));
        }
        // A known limit of the Secret Service through QtKeychain: a locked collection answers a
        // read with "not found". This is why callers run checkAvailable() before trusting reads.
        const QJsonObject read = report.value(QStringLiteral("read")).toObject();
        QVERIFY(read.value(QStringLiteral("ok")).toBool());
        QVERIFY(!read.value(QStringLiteral("found")).toBool());
        QVERIFY(m_store.readSync(profile, SecretStore::passwordKey()).value().has_value());
    }

    void cleanupTestCase()
    {
        for (const QString &profile : std::as_const(m_profiles))
            QVERIFY(m_store.removeAllSync(profile).ok());
    }

private:
    QString track(const QString &profile)
    {
        m_profiles << profile;
        return profile;
    }

    KeychainSecretStore m_store;
    QStringList m_profiles;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable(kChildMode) == QLatin1String("child"))
        return runChild();
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
