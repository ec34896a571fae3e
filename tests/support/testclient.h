#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace zenml::test {

// A tiny HTTP client for tests that talk to the TestServer directly (not through the product's
// remote layer): one call at a time, waiting in a local event loop so the in-process server can
// answer.
class TestClient
{
public:
    struct Answer
    {
        int status = 0; // 0 when no HTTP answer came (drop, timeout)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QJsonValue json() const;               // undefined when the body is not JSON
        QString detail() const; // "detail" string, or the message of ["Class", "message"]
    };

    explicit TestClient(const QUrl &baseUrl);

    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Logs in with a form body and keeps the token; false when the server refused.
    bool login(const QString &user, const QString &password);

    Answer get(const QString &path) { return send("GET", path); }
    Answer del(const QString &path) { return send("DELETE", path); }
    Answer post(const QString &path, const QJsonValue &json) { return send("POST", path, json); }
    Answer put(const QString &path, const QJsonValue &json = QJsonValue::Undefined)
    {
        return send("PUT", path, json);
    }
    // path is below the base URL, e.g. "/api/v1/users?size=5".
    Answer send(const QByteArray &method, const QString &path,
                const QJsonValue &json = QJsonValue::Undefined);
    Answer sendRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType);

private:
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 10000;
    QNetworkAccessManager m_network;
};

} // namespace zenml::test
