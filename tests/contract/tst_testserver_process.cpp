// zenml-test-server as a process: the announced URL, the seed flags, a clean exit on SIGTERM.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

class TestServerProcess : public QObject
{
    Q_OBJECT
private slots:
    void announcesItsUrlServesAndStopsOnSigterm();

private:
    QJsonObject get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token = {});
};

QJsonObject TestServerProcess::get(QNetworkAccessManager &network, const QUrl &url,
                                   const QByteArray &token)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

void TestServerProcess::announcesItsUrlServesAndStopsOnSigterm()
{
    QProcess server;
    server.start(ZENML_TEST_SERVER_EXE,
                 {"--port", "0", "--version", "0.43.0", "--password", "secret", "--seed-users",
                  "30", "--seed-teams", "2", "--seed-roles", "3", "--seed-assignments", "10"});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), qPrintable(line));
    const QUrl base(line.mid(QStringLiteral("listening on ").size()));
    QVERIFY(base.port() > 0);

    QNetworkAccessManager network;
    QCOMPARE(get(network, QUrl(base.toString() + "/api/v1/info")).value("version").toString(),
             "0.43.0");

    QNetworkRequest loginRequest(QUrl(base.toString() + "/api/v1/login"));
    loginRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *login = network.post(loginRequest, "username=default&password=secret");
    QSignalSpy loggedIn(login, &QNetworkReply::finished);
    QVERIFY(loggedIn.wait(10000));
    const QByteArray token = QJsonDocument::fromJson(login->readAll())
                                 .object()
                                 .value("access_token")
                                 .toString()
                                 .toUtf8();
    login->deleteLater();
    QVERIFY(!token.isEmpty());
    const QJsonObject users = get(network, QUrl(base.toString() + "/api/v1/users?size=1"), token);
    QCOMPARE(users.value("total").toInt(), 31);

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_testserver_process.moc"
