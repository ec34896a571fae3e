#include "connectfixture.h"

#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"
#include "service/serverconnection.h"
#include "sync/syncengine.h"
#include "sync/syncwaiter.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

namespace zenml::connecttest {

QString addUser(test::TestServer &server, const QString &name, const QString &password,
                const QString &role)
{
    QNetworkAccessManager network;
    remote::ServerEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.token = server.tokenFor(QStringLiteral("default"));
    remote::RemoteApi api(&network, endpoint);
    remote::UserChanges fields;
    fields.password = password;
    auto user = remote::awaitJob(api.createUser(name, fields));
    if (!user)
        return user.error().message;
    if (server.assignRole(name, role).isEmpty())
        return QStringLiteral("cannot assign %1 to %2").arg(role, name);
    return {};
}

Status pullAll(LocalStore &store, ServerConnection &connection)
{
    sync::SyncEngine engine(store, connection.api());
    engine.setReauthenticate([&connection](QObject *context, std::function<void(Status)> done) {
        connection.reauthenticate(context, std::move(done));
    });
    const auto report = sync::awaitSync(engine, sync::SyncMode::PullOnly, true);
    if (!report)
        return Error::make(ErrorKind::Cancelled, QStringLiteral("the sync did not start"));
    if (report->error)
        return *report->error;
    return {};
}

QStringList filesContaining(const QString &folder, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    const QByteArray base64 = utf8.toBase64(QByteArray::OmitTrailingEquals);
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray data = file.readAll();
        if (data.contains(utf8) || data.contains(utf16) || data.contains(base64))
            hits << path;
    }
    return hits;
}

QUrl refusedUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

std::pair<QSslCertificate, QSslKey> selfSignedCertificate()
{
    QTemporaryDir dir;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !dir.isValid())
        return std::pair<QSslCertificate, QSslKey>();
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=zenml-connect-test/O=ZenML Admin Tests")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return std::pair<QSslCertificate, QSslKey>();
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    if (!key.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly))
        return std::pair<QSslCertificate, QSslKey>();
    return {QSslCertificate(cert.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Ec)};
}

} // namespace zenml::connecttest
