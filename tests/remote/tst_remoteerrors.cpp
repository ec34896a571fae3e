// The error mapping that does not need a server: the four ZenML error shapes, bodies that are not
// JSON, transport and TLS failures, version compatibility, URL and query building.

#include "remote/apicall.h"
#include "remote/compatibility.h"
#include "remote/errormapper.h"
#include "remote/listquery.h"
#include "remote/rolechanges.h"
#include "remote/serverendpoint.h"
#include "remote/teamchanges.h"
#include "remote/userchanges.h"

#include <QJsonArray>
#include <QTest>

using namespace zenml;
using namespace zenml::remote;

namespace {

// A self-signed EC certificate made once with openssl for these tests (valid until 2126).
const QByteArray kCertificatePem = R"(-----BEGIN CERTIFICATE-----
MIIByTCCAW+gAwIBAgIUO+WNFR2KiMPLmVsm0KdnrMs7EvowCgYIKoZIzj0EAwIw
OTEbMBkGA1UEAwwSemVubWwuZXhhbXBsZS50ZXN0MRowGAYDVQQKDBFaZW5NTCBB
ZG1pbiBUZXN0czAgFw0yNjExMjYxODE1MjhaGA8yMTI2MTEwMjE4MTUyOFowOTEb
MBkGA1UEAwwSemVubWwuZXhhbXBsZS50ZXN0MRowGAYDVQQKDBFaZW5NTCBBZG1p
biBUZXN0czBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABBAIRrr2XIc0rxx7RHfI
3pECneYrR/SuqqCl+CtedkcR6WS6NfB9xFbeiK0tw3OLuCWQRDRIYj2ZcMxjUlIJ
LuWjUzBRMB0GA1UdDgQWBBSRqs9chEZ8hGXzC192FMLvW2jkLzAfBgNVHSMEGDAW
gBSRqs9chEZ8hGXzC192FMLvW2jkLzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0gAMEUCIDbFCcYGMmL90fK1zY32egpWe4wvT0IVC2PaAroeuxv1AiEArFbJ
V1VOPSQUDYv74oV2bqYEyl7Z2ej+OjFxozoffXs=
-----END CERTIFICATE-----
)";
const QString kFingerprint = QStringLiteral("90:D4:64:A7:84:AB:99:7C:99:3C:DB:0D:C3:D2:E8:74:65:6B:"
                                            "BE:55:C6:DB:C7:74:02:E9:82:E1:89:E4:8E:35");

const QUrl kUrl(QStringLiteral("https://zenml.example.test:8443/zen/api/v1/users?page=1"));

} // namespace

class TestRemoteErrors : public QObject
{
    Q_OBJECT

private slots:
    void httpShapes_data();
    void httpShapes();
    void notJson();
    void network_data();
    void network();
    void tlsSynthetic();
    void compatibility_data();
    void compatibility();
    void endpointUrls();
    void fingerprints();
    void queries();
    void partialBodies();
};

void TestRemoteErrors::httpShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("exceptionClass");
    QTest::addColumn<QString>("message");

    QTest::newRow("shape 1, 404 repr double quotes")
        << 404
        << QByteArray(
               R"({"detail": ["KeyError", "\"Unable to get user with name or ID 'bob': No user with this ID found.\""]})")
        << int(ErrorKind::NotFound) << "KeyError"
        << "Unable to get user with name or ID 'bob': No user with this ID found.";
    QTest::newRow("shape 1, 404 repr single quotes")
        << 404
        << QByteArray(R"({"detail": ["KeyError", "'No user role assignment with id x exists.'"]})")
        << int(ErrorKind::NotFound) << "KeyError"
        << "No user role assignment with id x exists.";
    QTest::newRow("shape 1, 409")
        << 409 << QByteArray(R"({"detail": ["EntityExistsError", "Role already exists."]})")
        << int(ErrorKind::AlreadyExists) << "EntityExistsError"
        << "Role already exists.";
    QTest::newRow("shape 1, 403 illegal")
        << 403
        << QByteArray(
               R"({"detail": ["IllegalOperationError", "The built-in role 'admin' cannot be deleted."]})")
        << int(ErrorKind::Forbidden) << "IllegalOperationError"
        << "The built-in role 'admin' cannot be deleted.";
    QTest::newRow("shape 1, 401")
        << 401
        << QByteArray(
               R"({"detail": ["AuthorizationException", "Authentication error: invalid username or password"]})")
        << int(ErrorKind::Unauthorized) << "AuthorizationException"
        << "Authentication error: invalid username or password";
    QTest::newRow("shape 1, 500") << 500 << QByteArray(R"({"detail": ["RuntimeError", "boom"]})")
                                  << int(ErrorKind::Server) << "RuntimeError"
                                  << "boom";
    QTest::newRow("shape 2, bare array 422")
        << 422
        << QByteArray(
               R"x(["ValueError", "1 validation error for Request\nbody -> name\n  field required (type=value_error.missing)"])x")
        << int(ErrorKind::Invalid) << "ValueError"
        << "1 validation error for Request\nbody -> name\n  field required "
           "(type=value_error.missing)";
    QTest::newRow("shape 3, loc list")
        << 422
        << QByteArray(
               R"({"detail": [{"loc": ["query", "sort_by"], "msg": "You can only sort by valid fields of this resource", "type": "value_error"}]})")
        << int(ErrorKind::Invalid) << ""
        << "query → sort_by: You can only sort by valid fields of this resource";
    QTest::newRow("shape 4, 403 scope")
        << 403 << QByteArray(R"({"detail": "Not enough permissions"})")
        << int(ErrorKind::PermissionDenied) << ""
        << "Not enough permissions";
    QTest::newRow("shape 4, 401") << 401 << QByteArray(R"({"detail": "Not authenticated"})")
                                  << int(ErrorKind::Unauthorized) << ""
                                  << "Not authenticated";
    QTest::newRow("shape 4, 405") << 405 << QByteArray(R"({"detail": "Method Not Allowed"})")
                                  << int(ErrorKind::Unsupported) << ""
                                  << "Method Not Allowed";
    QTest::newRow("shape 4, 400") << 400
                                  << QByteArray(
                                         R"({"detail": "Unsupported grant type: zenml-external."})")
                                  << int(ErrorKind::Invalid) << ""
                                  << "Unsupported grant type: zenml-external.";
}

void TestRemoteErrors::httpShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, exceptionClass);
    QFETCH(QString, message);
    const Error e = ErrorMapper::fromHttp(status, body, kUrl, "application/json");
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.exceptionClass, exceptionClass);
    QCOMPARE(e.message, message);
}

void TestRemoteErrors::notJson()
{
    // A framework 404 says the route is missing: the message points at the URL.
    const Error route = ErrorMapper::fromHttp(404, R"({"detail": "Not Found"})", kUrl);
    QCOMPARE(route.kind, ErrorKind::NotFound);
    QVERIFY(route.message.contains(QLatin1String("/zen/api/v1/users")));
    // HTML from a proxy or portal on a 4xx: something other than ZenML answered.
    const Error html =
        ErrorMapper::fromHttp(404, "<html><body>nginx</body></html>", kUrl, "text/html");
    QCOMPARE(html.kind, ErrorKind::Protocol);
    QVERIFY(html.message.contains(QLatin1String("is this a ZenML server?")));
    QVERIFY(html.message.contains(QLatin1String("https://zenml.example.test:8443")));
    // 5xx and 401 keep their meaning whatever the body.
    QCOMPARE(ErrorMapper::fromHttp(502, "<html>Bad Gateway</html>", kUrl, "text/html").kind,
             ErrorKind::Server);
    QCOMPARE(ErrorMapper::fromHttp(401, "", kUrl).kind, ErrorKind::Unauthorized);
    // 2xx bodies: HTML, empty, truncated.
    const auto page = ErrorMapper::parseBody("<!DOCTYPE html><html></html>", kUrl, "text/html");
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ErrorKind::Protocol);
    QVERIFY(page.error().message.contains(QLatin1String("did not answer with JSON")));
    const auto cut = ErrorMapper::parseBody(R"({"index": 1, "items": [)", kUrl);
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().kind, ErrorKind::Protocol);
    QVERIFY(cut.error().message.contains(QLatin1String("cut off")));
    // Scalars and null are JSON too.
    QCOMPARE(ErrorMapper::parseBody("\"0.47.0\"", kUrl)->toString(), QStringLiteral("0.47.0"));
    QVERIFY(ErrorMapper::parseBody("null", kUrl)->isNull());
    QVERIFY(!ErrorMapper::parseBody("1, 2", kUrl).ok());
}

void TestRemoteErrors::network_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                             << int(ErrorKind::Network)
                             << "refused. Check that the ZenML server is running";
    QTest::newRow("host not found")
        << int(QNetworkReply::HostNotFoundError) << int(ErrorKind::Network)
        << "zenml.example.test was not found";
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(ErrorKind::Network)
                            << "closed the connection";
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(ErrorKind::Timeout)
                             << "did not answer in time";
    QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError)
                               << int(ErrorKind::Cancelled) << "cancelled";
    QTest::newRow("handshake") << int(QNetworkReply::SslHandshakeFailedError) << int(ErrorKind::Tls)
                               << "secure connection";
    QTest::newRow("proxy") << int(QNetworkReply::ProxyNotFoundError) << int(ErrorKind::Network)
                           << "proxy";
}

void TestRemoteErrors::network()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    QFETCH(QString, words);
    const Error e =
        ErrorMapper::fromNetwork(QNetworkReply::NetworkError(code), QStringLiteral("x"), kUrl);
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(words), qPrintable(e.message));
    QVERIFY(e.isTransient() ==
            (kind == int(ErrorKind::Network) || kind == int(ErrorKind::Timeout)));
}

void TestRemoteErrors::tlsSynthetic()
{
    const QSslCertificate cert(kCertificatePem, QSsl::Pem);
    QVERIFY(!cert.isNull());
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, cert),
                                  QSslError(QSslError::HostNameMismatch, cert)};
    const CertificateInfo info = CertificateInfo::fromCertificate(cert, errors);
    QCOMPARE(info.sha256, kFingerprint);
    QCOMPARE(info.subject, QStringLiteral("CN=zenml.example.test, O=ZenML Admin Tests"));
    QCOMPARE(info.issuer, info.subject);
    QCOMPARE(info.errors.size(), 2);
    QVERIFY(info.notAfter > info.notBefore);

    const Error e = ErrorMapper::fromTls(errors, info, kUrl);
    QCOMPARE(e.kind, ErrorKind::Tls);
    QVERIFY(e.message.contains(kFingerprint));
    QVERIFY(e.message.contains(QLatin1String("CN=zenml.example.test")));
    QVERIFY(e.message.contains(errors.first().errorString()));
    QVERIFY(!e.isTransient());
}

void TestRemoteErrors::compatibility_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("words");
    QTest::newRow("0.39.1") << "0.39.1" << true << "";
    QTest::newRow("0.43.0") << "0.43.0" << true << "";
    QTest::newRow("0.47.0") << "0.47.0" << true << "";
    QTest::newRow("0.38.0") << "0.38.0" << false << "too old";
    QTest::newRow("0.48.0") << "0.48.0" << false << "supports 0.39 to 0.47";
    QTest::newRow("0.50.0") << "0.50.0" << false
                            << "ZenML 0.50.0, which no longer has roles and teams";
    QTest::newRow("0.56.3") << "0.56.3" << false << "no longer has roles and teams";
    QTest::newRow("1.2") << "1.2" << false << "no longer has roles and teams";
    QTest::newRow("garbage") << "nginx" << false << "not a ZenML version";
}

void TestRemoteErrors::compatibility()
{
    QFETCH(QString, version);
    QFETCH(bool, ok);
    QFETCH(QString, words);
    const Status s = Compatibility::check(version);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.error().kind, ErrorKind::Unsupported);
        QVERIFY2(s.error().message.contains(words), qPrintable(s.error().message));
    }
}

void TestRemoteErrors::endpointUrls()
{
    ServerEndpoint ep;
    ep.baseUrl = QUrl(QStringLiteral("https://host/zen"));
    QCOMPARE(ep.apiUrl(QStringLiteral("/users")).toString(),
             QStringLiteral("https://host/zen/api/v1/users"));
    ep.baseUrl = QUrl(QStringLiteral("https://host/zen/"));
    QCOMPARE(ep.apiUrl(QStringLiteral("/info")).toString(),
             QStringLiteral("https://host/zen/api/v1/info"));
    ep.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(ep.apiUrl(QStringLiteral("/users/") + ApiCall::segment(QStringLiteral("a b/c")))
                 .toEncoded(),
             QByteArray("http://127.0.0.1:8080/api/v1/users/a%20b%2Fc"));
    QCOMPARE(ep.timeout, std::chrono::milliseconds(30000));
}

void TestRemoteErrors::fingerprints()
{
    ServerEndpoint ep;
    QVERIFY(!ep.pinMatches(kFingerprint)); // no pin, no match
    ep.pinnedSha256 = kFingerprint.toLower().remove(QLatin1Char(':'));
    QVERIFY(ep.pinMatches(kFingerprint));
    ep.pinnedSha256 = kFingerprint.left(20);
    QVERIFY(!ep.pinMatches(kFingerprint.left(20)));
    QVERIFY(ServerEndpoint::normalizeFingerprint(QStringLiteral("zz")).isEmpty());
}

void TestRemoteErrors::queries()
{
    ListQuery q;
    q.updatedSince(QDateTime(QDate(2026, 11, 26), QTime(17, 40, 6, 500), Qt::UTC))
        .where(QStringLiteral("name"), QStringLiteral("contains:a+b&c"))
        .sortBy(QStringLiteral("asc:updated"))
        .pageSize(5000);
    QCOMPARE(q.size(), ListQuery::kMaxPageSize);
    ApiCall c;
    c.query = q.forPage(2);
    QCOMPARE(c.encodedQuery(),
             QStringLiteral("updated=gte:2026-11-26%2017:40:06&name=contains:a%2Bb%26c"
                            "&sort_by=asc:updated&page=2&size=1000"));
}

void TestRemoteErrors::partialBodies()
{
    UserChanges u;
    u.fullName = QStringLiteral("Alice");
    u.password = QString(); // "" is a real password, not "leave unchanged"
    QCOMPARE(u.toJson(), (QJsonObject{{"full_name", "Alice"}, {"password", ""}}));
    QVERIFY(UserChanges{}.toJson().isEmpty());
    TeamChanges t;
    t.memberIds = QStringList{};
    QCOMPARE(t.toJson(), (QJsonObject{{"users", QJsonArray{}}}));
    RoleChanges r;
    r.permissions = Permission::Me | Permission::Read;
    QCOMPARE(r.toJson(), (QJsonObject{{"permissions", QJsonArray{"read", "me"}}}));
}

QTEST_GUILESS_MAIN(TestRemoteErrors)
#include "tst_remoteerrors.moc"
