#include "auth/session.h"

#include <QTest>

using namespace zenml;

namespace {

QString tokenWith(const QByteArray &payloadJson)
{
    const auto encode = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return encode(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') + encode(payloadJson) +
           QStringLiteral(".c2ln");
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void fromTokenKeepsTokenUserAndPermissions()
    {
        const QString token =
            tokenWith(R"({"sub":"id-bob","permissions":["read","me"],"iss":"srv"})");
        const Result<Session> session = Session::fromToken(token, QStringLiteral("bob"));
        QVERIFY(session.ok());
        QVERIFY(session->isSignedIn());
        QVERIFY(!session->isUnrestricted());
        QCOMPARE(session->bearerToken(), token);
        QCOMPARE(session->userId(), QStringLiteral("id-bob"));
        QCOMPARE(session->userName(), QStringLiteral("bob"));
        QCOMPARE(session->serverId(), QStringLiteral("srv"));
        QCOMPARE(session->permissions(), Permissions(Permission::Read | Permission::Me));
        QVERIFY(session->can(Permission::Read));
        QVERIFY(session->can(Permission::Me));
        QVERIFY(!session->can(Permission::Write));
    }

    void malformedTokenIsProtocolError()
    {
        const Result<Session> session =
            Session::fromToken(QStringLiteral("garbage"), QStringLiteral("bob"));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().kind, ErrorKind::Protocol);
    }

    void requireNamesUserPermissionAndAction_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<Permission>("needed");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("message");

        QTest::newRow("read-only user creates")
            << QByteArray(R"({"sub":"id-bob","permissions":["read"]})") << QStringLiteral("bob")
            << Permission::Write << false
            << QStringLiteral(
                   "You are signed in as 'bob' without the 'write' permission, so 'create "
                   "user' is not allowed. Ask an admin for a role with write, then sign in "
                   "again.");
        QTest::newRow("writer creates")
            << QByteArray(R"({"sub":"id-ann","permissions":["read","write"]})")
            << QStringLiteral("ann") << Permission::Write << true << QString();
        QTest::newRow("no permissions claim, name unknown: the id is named")
            << QByteArray(R"({"sub":"id-eve"})") << QString() << Permission::Read << false
            << QStringLiteral(
                   "You are signed in as 'id-eve' without the 'read' permission, so 'create "
                   "user' is not allowed. Ask an admin for a role with read, then sign in "
                   "again.");
    }

    void requireNamesUserPermissionAndAction()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, userName);
        QFETCH(Permission, needed);
        QFETCH(bool, allowed);
        QFETCH(QString, message);

        const Result<Session> session = Session::fromToken(tokenWith(payload), userName);
        QVERIFY(session.ok());
        QCOMPARE(session->can(needed), allowed);
        const Status status = session->require(needed, QStringLiteral("create user"));
        QCOMPARE(status.ok(), allowed);
        if (!allowed) {
            QCOMPARE(status.error().kind, ErrorKind::PermissionDenied);
            QCOMPARE(status.error().message, message);
        }
    }

    void unrestrictedAllowsEverything()
    {
        const Session local = Session::unrestricted(QStringLiteral("default"));
        QVERIFY(local.isSignedIn());
        QVERIFY(local.isUnrestricted());
        QVERIFY(local.bearerToken().isEmpty());
        for (Permission p : permission::all()) {
            QVERIFY(local.can(p));
            QVERIFY(local.require(p, QStringLiteral("anything")).ok());
        }
    }

    void signedOutAllowsNothing()
    {
        const Session nobody;
        QVERIFY(!nobody.isSignedIn());
        for (Permission p : permission::all())
            QVERIFY(!nobody.can(p));
        const Status status = nobody.require(Permission::Read, QStringLiteral("list users"));
        QCOMPARE(status.error().kind, ErrorKind::PermissionDenied);
        QCOMPARE(status.error().message,
                 QStringLiteral(
                     "You are not signed in, so 'list users' is not allowed. Sign in first."));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
