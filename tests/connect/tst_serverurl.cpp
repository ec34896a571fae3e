// The server URL rules: normalised form, loopback, and which URLs need the plain-http consent.
#include "service/serverurl.h"

#include <QTest>

using namespace zenml;

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data();
    void normalizes();
    void refuses_data();
    void refuses();
    void insecureOnlyOffThisComputer_data();
    void insecureOnlyOffThisComputer();
};

void TestServerUrl::normalizes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << "https://zenml.example.com"
                           << "https://zenml.example.com";
    QTest::newRow("trailing slash") << "https://zenml.example.com/"
                                    << "https://zenml.example.com";
    QTest::newRow("case and spaces") << "  HTTPS://ZenML.Example.com//  "
                                     << "https://zenml.example.com";
    QTest::newRow("path prefix") << "https://example.com/zen/"
                                 << "https://example.com/zen";
    QTest::newRow("api typed too") << "https://example.com/zen/api/v1/"
                                   << "https://example.com/zen";
    QTest::newRow("default port") << "https://example.com:443"
                                  << "https://example.com";
    QTest::newRow("own port") << "http://127.0.0.1:8237/"
                              << "http://127.0.0.1:8237";
}

void TestServerUrl::normalizes()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    auto url = ServerUrl::normalize(typed);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->toString(), stored);
}

void TestServerUrl::refuses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("no scheme") << "zenml.example.com"
                               << "https://";
    QTest::newRow("ftp") << "ftp://zenml.example.com"
                         << "https://";
    QTest::newRow("no host") << "https://"
                             << "host";
    QTest::newRow("credentials") << "https://bob:pw@example.com"
                                 << "password";
    QTest::newRow("query") << "https://example.com/?x=1"
                           << "query";
}

void TestServerUrl::refuses()
{
    QFETCH(QString, typed);
    QFETCH(QString, words);
    auto url = ServerUrl::normalize(typed);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind, ErrorKind::Invalid);
    QVERIFY2(url.error().message.contains(words), qPrintable(url.error().message));
}

void TestServerUrl::insecureOnlyOffThisComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("needsConsent");
    QTest::newRow("https remote") << "https://zenml.example.com" << false;
    QTest::newRow("http remote") << "http://zenml.example.com" << true;
    QTest::newRow("http lan ip") << "http://192.168.1.20:8080" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << false;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3" << false;
    QTest::newRow("http localhost") << "http://localhost:8237" << false;
    QTest::newRow("http ::1") << "http://[::1]:8237" << false;
}

void TestServerUrl::insecureOnlyOffThisComputer()
{
    QFETCH(QString, url);
    QFETCH(bool, needsConsent);
    auto normalized = ServerUrl::normalize(url);
    QVERIFY(normalized.ok());
    QCOMPARE(ServerUrl::needsInsecureConfirmation(*normalized), needsConsent);
    if (needsConsent)
        QVERIFY(ServerUrl::insecureWarning(*normalized).contains(normalized->host()));
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
