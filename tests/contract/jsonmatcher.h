#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Compares a recorded response body with a live one: same keys recursively, same JSON types,
// and equal values except for what differs by nature between two runs (ids, timestamps,
// tokens). While walking it learns which live id stands for which recorded id.
class JsonMatcher
{
public:
    // Appends one line per difference to `mismatches`, each prefixed with `where`.
    void compare(const QJsonValue &recorded, const QJsonValue &live, const QString &where,
                 QStringList *mismatches, const QString &key = QString());

    // Recorded ids and activation tokens inside text replaced by the live ones learnt so far.
    QString substitute(const QString &recordedText) const;
    QJsonValue substitute(const QJsonValue &recorded) const;

    // Latest created/updated time seen so far in recorded and live bodies (ms since epoch, UTC).
    qint64 latestRecordedTime() const { return m_latestRecorded; }
    qint64 latestLiveTime() const { return m_latestLive; }

    static bool isUuid(const QString &text);
    static bool isTimestamp(const QString &text);

private:
    void compareString(const QString &recorded, const QString &live, const QString &where,
                       QStringList *mismatches, const QString &key);
    void compareArray(const QJsonArray &recorded, const QJsonArray &live, const QString &where,
                      QStringList *mismatches, const QString &key);
    void learn(const QString &recorded, const QString &live, const QString &where,
               QStringList *mismatches);

    QHash<QString, QString> m_map; // recorded id or token -> live one
    qint64 m_latestRecorded = 0;
    qint64 m_latestLive = 0;
};
