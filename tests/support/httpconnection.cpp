#include "httpconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace zenml::test {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

} // namespace

QByteArray HttpResponse::bodyBytes() const
{
    if (useRawBody)
        return rawBody;
    // QJsonDocument only holds objects and arrays; a scalar ("OK", null) goes through an array.
    const QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::notifyClosed);
}

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::readMore()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (!m_busy)
        parseOne();
}

bool HttpConnection::parseOne()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            drop();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        drop();
        return false;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() < bodyStart + length) {
        // curl asks before sending a large body; without this it waits a second for nothing.
        if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return false;
    }
    m_continueSent = false;
    request.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);

    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0) {
        request.rawQuery = QString::fromUtf8(target.mid(question + 1));
        const QUrlQuery query(request.rawQuery);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            request.query.append(item);
    }
    m_closeAfterResponse =
        request.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
    m_busy = true;
    emit requestReady(this, request);
    return true;
}

QByteArray HttpConnection::serialize(const HttpResponse &response, const QByteArray &body) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "server: uvicorn\r\n";
    out += "content-length: " + QByteArray::number(body.size()) + "\r\n";
    out += "content-type: " + response.contentType + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (m_closeAfterResponse)
        out += "connection: close\r\n";
    out += "\r\n";
    return out;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_socket)
        return;
    const QByteArray body = response.bodyBytes();
    m_socket->write(serialize(response, body) + body);
    m_busy = false;
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        parseOne();
}

void HttpConnection::respondTruncated(const HttpResponse &response)
{
    if (!m_socket)
        return;
    const QByteArray body = response.bodyBytes();
    m_socket->write(serialize(response, body) + body.left(body.size() / 2));
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void HttpConnection::drop()
{
    if (!m_socket)
        return;
    // abort(), not disconnectFromHost(): the client must see the connection die, not a clean end.
    m_socket->abort();
    notifyClosed();
}

void HttpConnection::notifyClosed()
{
    if (m_closedNotified)
        return;
    m_closedNotified = true;
    emit closed(this);
}

} // namespace zenml::test
