// TLS over real loopback sockets: a self-signed certificate is refused with its subject, issuer
// and SHA-256 shown, and accepted only when exactly that fingerprint is pinned. The certificate
// is generated at test time with the openssl CLI; without openssl, a fixed test pair is used.

#include "cannedserver.h"
#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::remote;
using zenml::remotetest::CannedServer;

namespace {

const QByteArray kFallbackKey = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgiVyGWHR9AvMK/RlF
ePVCL9Ud7U3B/PyEmlQK8W+M5yahRANCAARkFLLg5Y8H7Q1KP0Mp+h0Fj6CMBeBc
ZDYOK0GiLvGLFia8qquZbY5YVvynSpi5tjae3u5wO4xYmIctcL81TzED
-----END PRIVATE KEY-----
)";
const QByteArray kFallbackCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBzDCCAXOgAwIBAgIUNlyecDwy7JplW8bQvPQe2uU4wgYwCgYIKoZIzj0EAwIw
OzEdMBsGA1UEAwwUemVubWwtYWRtaW4tdGxzLXRlc3QxGjAYBgNVBAoMEVplbk1M
IEFkbWluIFRlc3RzMCAXDTI2MTEyNjE4MTczMFoYDzIxMjYxMTAyMTgxNzMwWjA7
MR0wGwYDVQQDDBR6ZW5tbC1hZG1pbi10bHMtdGVzdDEaMBgGA1UECgwRWmVuTUwg
QWRtaW4gVGVzdHMwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARkFLLg5Y8H7Q1K
P0Mp+h0Fj6CMBeBcZDYOK0GiLvGLFia8qquZbY5YVvynSpi5tjae3u5wO4xYmIct
cL81TzEDo1MwUTAdBgNVHQ4EFgQUeEd5TBB4iwvZ/2cFmUziQYP4ZKAwHwYDVR0j
BBgwFoAUeEd5TBB4iwvZ/2cFmUziQYP4ZKAwDwYDVR0TAQH/BAUwAwEB/zAKBggq
hkjOPQQDAgNHADBEAiBmaoe8dnz/N7b+SCAR385SyU/1eaB/P3RojTP87/TOUAIg
aBMpzZHjUaygy0ex2j+hCRi03dpS5cGS0rsWgQuKqjY=
-----END CERTIFICATE-----
)";

const QByteArray kInfo = R"({"id": "303f3cf4-3e89-4738-870f-c73697bc7365", "version": "0.47.0",
    "debug": false, "deployment_type": "other", "database_type": "sqlite",
    "secrets_store_type": "sql", "auth_scheme": "OAUTH2_PASSWORD_BEARER"})";

} // namespace

class TestRemoteTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selfSignedIsRefused();
    void pinnedFingerprintIsAccepted();
    void otherPinIsRefused();

private:
    ServerEndpoint endpoint() const;

    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_fingerprint;
    bool m_generated = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CannedServer> m_server;
};

void TestRemoteTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    QByteArray keyPem = kFallbackKey;
    QByteArray certPem = kFallbackCertificate;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QTemporaryDir dir;
    if (!openssl.isEmpty() && dir.isValid()) {
        QProcess p;
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                          QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=zenml-admin-tls-test/O=ZenML Admin Tests")});
        QVERIFY(p.waitForFinished(30000));
        QFile key(dir.filePath(QStringLiteral("key.pem")));
        QFile cert(dir.filePath(QStringLiteral("cert.pem")));
        if (p.exitCode() == 0 && key.open(QIODevice::ReadOnly) && cert.open(QIODevice::ReadOnly)) {
            keyPem = key.readAll();
            certPem = cert.readAll();
            m_generated = true;
        }
    }
    qInfo("TLS certificate: %s", m_generated ? "generated with openssl" : "fixed test pair");
    m_certificate = QSslCertificate(certPem, QSsl::Pem);
    m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!m_key.isNull());
    m_fingerprint = ServerEndpoint::normalizeFingerprint(
        QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex()));
}

void TestRemoteTls::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<CannedServer>();
    m_server->enableTls(m_certificate, m_key);
    m_server->on("GET", "^/api/v1/info$", 200, kInfo);
    QVERIFY(m_server->start());
}

void TestRemoteTls::cleanup()
{
    m_server.reset();
    m_network.reset();
}

ServerEndpoint TestRemoteTls::endpoint() const
{
    ServerEndpoint ep;
    ep.baseUrl = m_server->baseUrl();
    ep.timeout = std::chrono::milliseconds(10000);
    return ep;
}

void TestRemoteTls::selfSignedIsRefused()
{
    QVERIFY(m_server->baseUrl().scheme() == QLatin1String("https"));
    auto *job = RemoteApi(m_network.get(), endpoint()).serverInfo();
    QSignalSpy rejected(job, &RemoteJob::certificateRejected);
    std::optional<CertificateInfo> certificate;
    const auto info = awaitJob(job, &certificate);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Tls);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(certificate.has_value());
    QCOMPARE(certificate->sha256, m_fingerprint);
    QCOMPARE(certificate->subject, QStringLiteral("CN=zenml-admin-tls-test, O=ZenML Admin Tests"));
    QCOMPARE(certificate->issuer, certificate->subject);
    QVERIFY(!certificate->errors.isEmpty());
    QVERIFY(info.error().message.contains(m_fingerprint));
    QVERIFY(info.error().message.contains(QLatin1String("CN=zenml-admin-tls-test")));
    QVERIFY(m_server->requests().isEmpty()); // nothing was sent over the unverified channel
}

void TestRemoteTls::pinnedFingerprintIsAccepted()
{
    ServerEndpoint ep = endpoint();
    ep.pinnedSha256 = m_fingerprint.toLower().remove(QLatin1Char(':'));
    std::optional<CertificateInfo> certificate;
    const auto info = awaitJob(RemoteApi(m_network.get(), ep).serverInfo(), &certificate);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->version, QStringLiteral("0.47.0"));
    QVERIFY(!certificate.has_value());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestRemoteTls::otherPinIsRefused()
{
    ServerEndpoint ep = endpoint();
    ep.pinnedSha256 = QString(64, QLatin1Char('a'));
    const auto info = awaitJob(RemoteApi(m_network.get(), ep).serverInfo());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Tls);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoteTls)
#include "tst_remotetls.moc"
