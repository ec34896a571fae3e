#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace zenml::remotetest {

// A tiny HTTP/1.1 server on 127.0.0.1 that answers canned bodies (from the recordings) and
// misbehaves on request, optionally over TLS. Enough to drive the REST jobs through real sockets
// without the full test ZenML server.
class CannedServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path + query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QString path() const;
        QString query() const;
    };
    struct Response
    {
        Response(int status = 200, QByteArray body = {},
                 QByteArray contentType = "application/json", QByteArray extraHeaders = {})
            : status(status)
            , body(std::move(body))
            , contentType(std::move(contentType))
            , extraHeaders(std::move(extraHeaders))
        {}
        int status;
        QByteArray body;
        QByteArray contentType;
        QByteArray extraHeaders; // "Name: value\r\n" lines
    };
    enum class Fault {
        None,
        Hang,          // read the request, never answer
        Drop,          // close the socket without an answer
        DropMidBody,   // headers with the full Content-Length, half the body, close
        TruncatedJson, // a complete HTTP answer whose JSON body is cut in half
        Html,          // 200 text/html
        ServerError500,
        Unauthorized401,
    };
    using Handler = std::function<Response(const Request &)>;

    explicit CannedServer(QObject *parent = nullptr);

    bool start(); // 127.0.0.1, port 0
    QUrl baseUrl() const;
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);

    // Latest registration wins. pathRegex is matched against the path without query.
    void on(const QByteArray &method, const QString &pathRegex, Handler handler);
    void on(const QByteArray &method, const QString &pathRegex, int status, const QByteArray &body);
    void fault(const QString &pathRegex, Fault fault, int times = -1);
    void clearFaults() { m_faults.clear(); }

    const QList<Request> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };
    struct FaultRule
    {
        QRegularExpression path;
        Fault fault;
        int remaining;
    };
    void serve(QTcpSocket *socket);
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    static void write(QTcpSocket *socket, const Response &response, qsizetype sendBytes = -1,
                      bool close = true);

    QList<Route> m_routes;
    QList<FaultRule> m_faults;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
};

} // namespace zenml::remotetest
