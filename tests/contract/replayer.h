#pragma once

#include "jsonmatcher.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

// Replays the exchanges of one recording, in order, against a live server and lists every
// difference, each line starting with the exchange's number and title.
class Replayer
{
public:
    explicit Replayer(const QUrl &baseUrl);

    QStringList replay(const QJsonArray &exchanges);

private:
    struct LiveAnswer
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QString networkError;
    };
    void replayOne(const QJsonObject &exchange, const QString &label, QStringList *mismatches);
    LiveAnswer send(const QByteArray &method, const QString &path,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    QByteArray authorization(const QString &recorded, const QString &title) const;
    QString shiftTimes(const QString &path) const;

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    JsonMatcher m_matcher;
    QHash<QString, QStringList>
        m_tokens; // user name -> tokens from each successful login, oldest first
};
