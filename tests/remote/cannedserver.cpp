#include "cannedserver.h"

#include <QSslSocket>
#include <QUrl>

namespace zenml::remotetest {

QString CannedServer::Request::path() const
{
    const int q = target.indexOf('?');
    return QString::fromUtf8(q < 0 ? target : target.left(q));
}

QString CannedServer::Request::query() const
{
    const int q = target.indexOf('?');
    return q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1));
}

CannedServer::CannedServer(QObject *parent)
    : QTcpServer(parent)
{}

bool CannedServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl CannedServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

void CannedServer::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

void CannedServer::on(const QByteArray &method, const QString &pathRegex, Handler handler)
{
    m_routes.prepend({method, QRegularExpression(pathRegex), std::move(handler)});
}

void CannedServer::on(const QByteArray &method, const QString &pathRegex, int status,
                      const QByteArray &body)
{
    on(method, pathRegex, [status, body](const Request &) { return Response{status, body}; });
}

void CannedServer::fault(const QString &pathRegex, Fault fault, int times)
{
    m_faults.append({QRegularExpression(pathRegex), fault, times});
}

void CannedServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        serve(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    // A client that rejects the certificate just closes; nothing to answer then.
    connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
    serve(socket);
    socket->startServerEncryption();
}

void CannedServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void CannedServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    answer(socket, request);
}

void CannedServer::answer(QTcpSocket *socket, const Request &request)
{
    const QString path = request.path();
    for (FaultRule &rule : m_faults) {
        if (rule.remaining == 0 || !rule.path.match(path).hasMatch())
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        switch (rule.fault) {
        case Fault::None:
            break;
        case Fault::Hang:
            return;
        case Fault::Drop:
            socket->disconnectFromHost();
            return;
        case Fault::DropMidBody:
            write(socket, Response{200, QByteArray(200, ' ') + "{\"items\": []}"}, 120);
            return;
        case Fault::TruncatedJson:
            write(socket, Response{200, "{\"id\": \"303f3cf4-3e89-4738-870f-c7369"});
            return;
        case Fault::Html:
            write(socket, Response{200,
                                   "<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body>"
                                   "</html>",
                                   "text/html; charset=utf-8"});
            return;
        case Fault::ServerError500:
            write(socket,
                  Response{500, "{\"detail\": [\"RuntimeError\", \"database is locked\"]}"});
            return;
        case Fault::Unauthorized401:
            write(socket, Response{401, "{\"detail\": \"Not authenticated\"}"});
            return;
        }
    }
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == request.method && route.path.match(path).hasMatch()) {
            write(socket, route.handler(request));
            return;
        }
    }
    write(socket, Response{404, "{\"detail\": \"Not Found\"}"});
}

void CannedServer::write(QTcpSocket *socket, const Response &response, qsizetype sendBytes,
                         bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += response.extraHeaders;
    out += "Connection: close\r\n\r\n";
    out += sendBytes < 0 ? response.body : response.body.left(sendBytes);
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

} // namespace zenml::remotetest
