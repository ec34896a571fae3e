#include "replayer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

namespace {

QJsonValue parseBody(const QByteArray &body, bool *ok)
{
    // Wrapped in an array so a bare scalar body ("OK", null) parses too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &error);
    *ok = error.error == QJsonParseError::NoError && doc.array().size() == 1;
    return *ok ? doc.array().at(0) : QJsonValue();
}

} // namespace

Replayer::Replayer(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{}

QStringList Replayer::replay(const QJsonArray &exchanges)
{
    QStringList mismatches;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const QJsonObject exchange = exchanges.at(i).toObject();
        replayOne(exchange,
                  QStringLiteral("#%1 [%2]").arg(i).arg(exchange.value("title").toString()),
                  &mismatches);
    }
    return mismatches;
}

QByteArray Replayer::authorization(const QString &recorded, const QString &title) const
{
    static const QRegularExpression placeholder(QStringLiteral("^Bearer <token of (.+)>$"));
    const QRegularExpressionMatch m = placeholder.match(recorded);
    if (!m.hasMatch())
        return recorded.toUtf8();
    const QStringList tokens = m_tokens.value(m.captured(1));
    // The recordings say "the token of NAME at the last login", but one exchange deliberately
    // uses the token from the login before (its title says so): it shows that permissions
    // are frozen into a token at login.
    const bool older = title.contains("OLD token") && tokens.size() >= 2;
    const QString token = tokens.isEmpty() ? QString() : tokens.at(tokens.size() - (older ? 2 : 1));
    return "Bearer " + token.toUtf8();
}

QString Replayer::shiftTimes(const QString &path) const
{
    // Filter times in the recording were relative to the recording's clock; move them by the
    // same distance to the replay's clock.
    static const QRegularExpression stamp(QStringLiteral(
        "(\\d{4}-\\d\\d-\\d\\d)(%20| )(\\d\\d)(%3A|:)(\\d\\d)(%3A|:)(\\d\\d)(?![.\\d])"));
    const qint64 shift = m_matcher.latestLiveTime() - m_matcher.latestRecordedTime();
    QString out;
    qsizetype last = 0;
    auto it = stamp.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QDateTime time = QDateTime::fromString(m.captured(1) + ' ' + m.captured(3) + ':' +
                                                   m.captured(5) + ':' + m.captured(7),
                                               QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        time.setTimeZone(QTimeZone::utc());
        const QDateTime shifted = time.addMSecs(shift);
        out += path.mid(last, m.capturedStart() - last);
        out += shifted.toString(QStringLiteral("yyyy-MM-dd")) + m.captured(2) +
               shifted.toString(QStringLiteral("HH")) + m.captured(4) +
               shifted.toString(QStringLiteral("mm")) + m.captured(6) +
               shifted.toString(QStringLiteral("ss"));
        last = m.capturedEnd();
    }
    return out + path.mid(last);
}

Replayer::LiveAnswer Replayer::send(const QByteArray &method, const QString &path,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + path, QUrl::TolerantMode));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    LiveAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

void Replayer::replayOne(const QJsonObject &exchange, const QString &label, QStringList *mismatches)
{
    const QString title = exchange.value("title").toString();
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonObject recordedHeaders = exchange.value("request_headers").toObject();
    for (auto it = recordedHeaders.begin(); it != recordedHeaders.end(); ++it) {
        const QString value = it.value().toString();
        headers.append(
            {it.key().toUtf8(), it.key().compare("Authorization", Qt::CaseInsensitive) == 0
                                    ? authorization(value, title)
                                    : value.toUtf8()});
    }
    QByteArray body;
    if (exchange.value("request_raw").isString()) {
        body = exchange.value("request_raw").toString().toUtf8();
    } else if (exchange.value("request_form").isObject()) {
        const QJsonObject fields = exchange.value("request_form").toObject();
        QByteArrayList pairs;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            pairs.append(QUrl::toPercentEncoding(it.key()) + '=' +
                         QUrl::toPercentEncoding(it.value().toString()));
        body = pairs.join('&');
    } else if (!exchange.value("request_json").isNull() &&
               !exchange.value("request_json").isUndefined()) {
        const QJsonValue json = m_matcher.substitute(exchange.value("request_json"));
        const QByteArray text = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
        body = text.mid(1, text.size() - 2);
    }
    const QString path = shiftTimes(m_matcher.substitute(exchange.value("path").toString()));
    const LiveAnswer live = send(exchange.value("method").toString().toUtf8(), path, headers, body);

    const int recordedStatus = exchange.value("status").toInt();
    if (live.status != recordedStatus)
        mismatches->append(QStringLiteral("%1: status %2 expected, got %3 %4 %5")
                               .arg(label)
                               .arg(recordedStatus)
                               .arg(live.status)
                               .arg(live.networkError, QString::fromUtf8(live.body.left(300))));
    const QJsonObject recordedResponseHeaders = exchange.value("response_headers").toObject();
    for (const QString &name :
         {QStringLiteral("content-type"), QStringLiteral("www-authenticate")}) {
        const QString expected = recordedResponseHeaders.value(name).toString();
        const QString actual = QString::fromUtf8(live.headers.value(name.toUtf8()));
        if (expected != actual)
            mismatches->append(QStringLiteral("%1: header %2 \"%3\" expected, got \"%4\"")
                                   .arg(label, name, expected, actual));
    }
    bool parsed = false;
    const QJsonValue liveJson = parseBody(live.body, &parsed);
    if (!parsed) {
        mismatches->append(QStringLiteral("%1: body is not JSON: %2")
                               .arg(label, QString::fromUtf8(live.body.left(300))));
        return;
    }
    if (live.status == recordedStatus)
        m_matcher.compare(exchange.value("response_json"), liveJson, label + " body", mismatches);
    if (exchange.value("path").toString().endsWith("/login") && live.status == 200) {
        const QString user = exchange.value("request_form").toObject().value("username").toString();
        m_tokens[user].append(liveJson.toObject().value("access_token").toString());
    }
}
