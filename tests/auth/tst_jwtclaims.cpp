#include "auth/jwtclaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace zenml;

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenWithPayload(const QByteArray &payloadJson)
{
    return base64Url(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') + base64Url(payloadJson) +
           QStringLiteral(".c2lnbmF0dXJl");
}

// Tokens as recorded from real servers (../../shared/zenml-api): 0.47 carries iss/aud, 0.43 not.
const QString kToken047 = QStringLiteral(
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2MDJmNmZlNi01M2RjLTQ0MzUtYjU2Ny1kNTkxYjA1NDUz"
    "NTAiLCJwZXJtaXNzaW9ucyI6WyJ3cml0ZSIsIm1lIiwicmVhZCJdLCJpc3MiOiIzMDNmM2NmNC0zZTg5LTQ3MzgtODcw"
    "Zi1jNzM2OTdiYzczNjUiLCJhdWQiOiIzMDNmM2NmNC0zZTg5LTQ3MzgtODcwZi1jNzM2OTdiYzczNjUifQ.a07Y_NQ73e"
    "8QJ5g7gfgfiSL0mBtxDFHMDDYV6Nxqh1U");
const QString kToken043 = QStringLiteral(
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxODJhM2I3Yy1mNThhLTQ2YTItYThhMS0xNjFlODRjMmUw"
    "YmQiLCJwZXJtaXNzaW9ucyI6WyJyZWFkIiwid3JpdGUiLCJtZSJdfQ.t8TIC6G6FkIjjmNYjCsgwAFjigWSJTVXvrs5gQ"
    "BdA_s");

} // namespace

class TestJwtClaims : public QObject
{
    Q_OBJECT

private slots:
    void decodesValidTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<bool>("hasPermissionsClaim");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QStringList>("audience");

        const QString server = QStringLiteral("303f3cf4-3e89-4738-870f-c73697bc7365");
        const QStringList all{QStringLiteral("read"), QStringLiteral("write"),
                              QStringLiteral("me")};
        QTest::newRow("recorded 0.47 (iss, aud)")
            << kToken047 << QStringLiteral("602f6fe6-53dc-4435-b567-d591b0545350") << all << true
            << server << QStringList{server};
        QTest::newRow("recorded 0.43 (no iss, no aud)")
            << kToken043 << QStringLiteral("182a3b7c-f58a-46a2-a8a1-161e84c2e0bd") << all << true
            << QString() << QStringList();
        QTest::newRow("empty permissions")
            << tokenWithPayload(R"({"sub":"u1","permissions":[]})") << QStringLiteral("u1")
            << QStringList() << true << QString() << QStringList();
        QTest::newRow("read only, audience list")
            << tokenWithPayload(R"({"sub":"u2","permissions":["read"],"aud":["a","b"]})")
            << QStringLiteral("u2") << QStringList{QStringLiteral("read")} << true << QString()
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        // No claim at all: nothing is allowed locally; the server stays the judge.
        QTest::newRow("missing permissions claim")
            << tokenWithPayload(R"({"sub":"u3"})") << QStringLiteral("u3") << QStringList() << false
            << QString() << QStringList();
        QTest::newRow("unknown permission ignored")
            << tokenWithPayload(R"({"sub":"u4","permissions":["me","admin"]})")
            << QStringLiteral("u4") << QStringList{QStringLiteral("me")} << true << QString()
            << QStringList();
        // 37 bytes of JSON: the padded base64url form ends in "==".
        QTest::newRow("padded payload, surrounding blanks")
            << QStringLiteral("  eyJhbGciOiJIUzI1NiJ9.") +
                   QString::fromLatin1(QByteArray(R"({"sub":"u55","permissions":["write"]})")
                                           .toBase64(QByteArray::Base64UrlEncoding)) +
                   QStringLiteral(".c2ln\n")
            << QStringLiteral("u55") << QStringList{QStringLiteral("write")} << true << QString()
            << QStringList();
    }

    void decodesValidTokens()
    {
        QFETCH(QString, token);
        QFETCH(QString, subject);
        QFETCH(QStringList, permissions);
        QFETCH(bool, hasPermissionsClaim);
        QFETCH(QString, issuer);
        QFETCH(QStringList, audience);

        const Result<JwtClaims> claims = JwtClaims::decode(token);
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().message));
        QCOMPARE(claims->subject, subject);
        QCOMPARE(permission::names(claims->permissions), permissions);
        QCOMPARE(claims->hasPermissionsClaim, hasPermissionsClaim);
        QCOMPARE(claims->issuer, issuer);
        QCOMPARE(claims->audience, audience);
        QVERIFY(!claims->expiresAt.has_value());
    }

    void unknownPermissionsAreReported()
    {
        const auto claims =
            JwtClaims::decode(tokenWithPayload(R"({"sub":"u","permissions":["admin"]})"));
        QVERIFY(claims.ok());
        QCOMPARE(claims->unknownPermissions, QStringList{QStringLiteral("admin")});
    }

    void expiry()
    {
        const auto claims = JwtClaims::decode(tokenWithPayload(R"({"sub":"u","exp":1700000000})"));
        QVERIFY(claims.ok());
        QCOMPARE(claims->expiresAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    }

    void rejectsMalformedTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("complaint");

        QTest::newRow("empty") << QString() << QStringLiteral("it is empty");
        QTest::newRow("garbage") << QStringLiteral("not a token") << QStringLiteral("three parts");
        QTest::newRow("two parts") << QStringLiteral("abc.def") << QStringLiteral("found 2");
        QTest::newRow("four parts")
            << tokenWithPayload("{}") + QStringLiteral(".x") << QStringLiteral("found 4");
        QTest::newRow("payload not base64url")
            << QStringLiteral("eyJ9.%%%%.sig") << QStringLiteral("not base64url");
        QTest::newRow("empty payload")
            << QStringLiteral("eyJ9..sig") << QStringLiteral("not base64url");
        QTest::newRow("payload not JSON")
            << tokenWithPayload("hello") << QStringLiteral("not JSON");
        QTest::newRow("payload a list")
            << tokenWithPayload(R"(["sub"])") << QStringLiteral("not a JSON object");
        QTest::newRow("no sub") << tokenWithPayload(R"({"permissions":["read"]})")
                                << QStringLiteral("'sub'");
        QTest::newRow("sub not a string")
            << tokenWithPayload(R"({"sub":42})") << QStringLiteral("'sub'");
        QTest::newRow("permissions a string")
            << tokenWithPayload(R"({"sub":"u","permissions":"read"})")
            << QStringLiteral("'permissions' claim is not a list");
        QTest::newRow("permissions hold numbers")
            << tokenWithPayload(R"({"sub":"u","permissions":[1]})")
            << QStringLiteral("'permissions' claim holds");
        QTest::newRow("iss a number")
            << tokenWithPayload(R"({"sub":"u","iss":1})") << QStringLiteral("'iss'");
        QTest::newRow("aud an object")
            << tokenWithPayload(R"({"sub":"u","aud":{}})") << QStringLiteral("'aud'");
        QTest::newRow("exp a string")
            << tokenWithPayload(R"({"sub":"u","exp":"soon"})") << QStringLiteral("'exp'");
    }

    void rejectsMalformedTokens()
    {
        QFETCH(QString, token);
        QFETCH(QString, complaint);
        const Result<JwtClaims> claims = JwtClaims::decode(token);
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().kind, ErrorKind::Protocol);
        QVERIFY2(claims.error().message.startsWith(
                     QLatin1String("The server's sign-in token is malformed: ")),
                 qPrintable(claims.error().message));
        QVERIFY2(claims.error().message.contains(complaint), qPrintable(claims.error().message));
    }

    void errorNeverQuotesTheToken()
    {
        const QString secretish = tokenWithPayload(R"({"permissions":["read"]})");
        const auto claims = JwtClaims::decode(secretish);
        QVERIFY(!claims.ok());
        for (const QString &part : secretish.split(QLatin1Char('.')))
            QVERIFY(!claims.error().message.contains(part));
    }
};

QTEST_GUILESS_MAIN(TestJwtClaims)
#include "tst_jwtclaims.moc"
