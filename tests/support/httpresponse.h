#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace zenml::test {

// What a route answers. The body is JSON unless rawBody is set.
struct HttpResponse
{
    int status = 200;
    QJsonValue json;
    QByteArray rawBody;
    bool useRawBody = false;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse ofJson(int status, const QJsonValue &json)
    {
        HttpResponse r;
        r.status = status;
        r.json = json;
        return r;
    }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    // The bytes of the body as the server sends them (compact JSON like FastAPI).
    QByteArray bodyBytes() const;
};

} // namespace zenml::test
