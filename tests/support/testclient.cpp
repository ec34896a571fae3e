#include "testclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace zenml::test {

QJsonValue TestClient::Answer::json() const
{
    // Wrapped so that scalar bodies ("OK", null) parse too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue::Undefined;
    return doc.array().at(0);
}

QString TestClient::Answer::detail() const
{
    const QJsonValue detail = json().toObject().value("detail");
    if (detail.isArray())
        return detail.toArray().at(1).toString();
    return detail.toString();
}

TestClient::TestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{}

bool TestClient::login(const QString &user, const QString &password)
{
    const QByteArray form = "username=" + QUrl::toPercentEncoding(user) +
                            "&password=" + QUrl::toPercentEncoding(password);
    const Answer answer =
        sendRaw("POST", "/api/v1/login", form, "application/x-www-form-urlencoded");
    if (answer.status != 200)
        return false;
    m_token = answer.json().toObject().value("access_token").toString();
    return true;
}

TestClient::Answer TestClient::send(const QByteArray &method, const QString &path,
                                    const QJsonValue &json)
{
    if (json.isUndefined())
        return sendRaw(method, path, {}, {});
    const QByteArray text = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return sendRaw(method, path, text.mid(1, text.size() - 2), "application/json");
}

TestClient::Answer TestClient::sendRaw(const QByteArray &method, const QString &path,
                                       const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + path, QUrl::TolerantMode));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

} // namespace zenml::test
