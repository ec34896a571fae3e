#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace zenml::test {

// One client socket: parses HTTP/1.1 requests one at a time (keep-alive) and writes answers.
// A request is handed out by requestReady(); the next one is parsed only after an answer,
// a drop, or forever never (a hang), like a single-threaded server would.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void respond(const HttpResponse &response);
    // Headers promise the whole body, only the first half is sent, then the socket closes.
    void respondTruncated(const HttpResponse &response);
    void drop();
    bool isOpen() const;

signals:
    void requestReady(zenml::test::HttpConnection *connection,
                      const zenml::test::HttpRequest &request);
    void closed(zenml::test::HttpConnection *connection);

private:
    void readMore();
    void notifyClosed();
    bool parseOne();
    QByteArray serialize(const HttpResponse &response, const QByteArray &body) const;

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfterResponse = false;
    bool m_closedNotified = false;
    bool m_continueSent = false;
};

} // namespace zenml::test
