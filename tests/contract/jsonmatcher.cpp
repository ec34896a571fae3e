#include "jsonmatcher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace {

const QRegularExpression
    uuidPattern(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
const QRegularExpression tokenPattern(QStringLiteral("\\b[0-9a-f]{64}\\b"));

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "bool";
    case QJsonValue::Double:
        return "number";
    case QJsonValue::String:
        return "string";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::Object:
        return "object";
    default:
        return "undefined";
    }
}

QString brief(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(200);
}

qint64 parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

} // namespace

bool JsonMatcher::isUuid(const QString &text)
{
    return text.size() == 36 && uuidPattern.match(text).hasMatch();
}

bool JsonMatcher::isTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"));
    return pattern.match(text).hasMatch();
}

QString JsonMatcher::substitute(const QString &recordedText) const
{
    QString text = recordedText;
    for (const QRegularExpression *pattern : {&uuidPattern, &tokenPattern}) {
        QString out;
        qsizetype last = 0;
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            out += m_map.value(m.captured(), m.captured());
            last = m.capturedEnd();
        }
        text = out + text.mid(last);
    }
    return text;
}

QJsonValue JsonMatcher::substitute(const QJsonValue &recorded) const
{
    if (recorded.isString())
        return substitute(recorded.toString());
    if (recorded.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : recorded.toArray())
            out.append(substitute(item));
        return out;
    }
    if (recorded.isObject()) {
        QJsonObject out;
        const QJsonObject object = recorded.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), substitute(it.value()));
        return out;
    }
    return recorded;
}

void JsonMatcher::learn(const QString &recorded, const QString &live, const QString &where,
                        QStringList *mismatches)
{
    const auto it = m_map.constFind(recorded);
    if (it == m_map.constEnd()) {
        m_map.insert(recorded, live);
        return;
    }
    if (*it != live)
        mismatches->append(
            QStringLiteral("%1: stands for %2 elsewhere, here %3").arg(where, *it, live));
}

void JsonMatcher::compare(const QJsonValue &recorded, const QJsonValue &live, const QString &where,
                          QStringList *mismatches, const QString &key)
{
    if (recorded.type() != live.type()) {
        mismatches->append(QStringLiteral("%1: type %2 expected, got %3 (%4)")
                               .arg(where, typeName(recorded), typeName(live), brief(live)));
        return;
    }
    switch (recorded.type()) {
    case QJsonValue::Object: {
        const QJsonObject r = recorded.toObject();
        const QJsonObject l = live.toObject();
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!l.contains(it.key()))
                mismatches->append(QStringLiteral("%1: key \"%2\" missing").arg(where, it.key()));
            else
                compare(it.value(), l.value(it.key()), where + '.' + it.key(), mismatches,
                        it.key());
        }
        for (auto it = l.begin(); it != l.end(); ++it) {
            if (!r.contains(it.key()))
                mismatches->append(
                    QStringLiteral("%1: unexpected key \"%2\"").arg(where, it.key()));
        }
        break;
    }
    case QJsonValue::Array:
        compareArray(recorded.toArray(), live.toArray(), where, mismatches, key);
        break;
    case QJsonValue::String:
        compareString(recorded.toString(), live.toString(), where, mismatches, key);
        break;
    default:
        if (recorded != live)
            mismatches->append(
                QStringLiteral("%1: %2 expected, got %3").arg(where, brief(recorded), brief(live)));
        break;
    }
}

void JsonMatcher::compareString(const QString &recorded, const QString &live, const QString &where,
                                QStringList *mismatches, const QString &key)
{
    if (key == "created" || key == "updated") {
        if (!isTimestamp(live))
            mismatches->append(
                QStringLiteral("%1: \"%2\" is not a naive timestamp with microseconds")
                    .arg(where, live));
        m_latestRecorded = qMax(m_latestRecorded, parseTime(recorded));
        m_latestLive = qMax(m_latestLive, parseTime(live));
        return;
    }
    if (key == "access_token") {
        if (live.count('.') != 2 || !live.startsWith("eyJ"))
            mismatches->append(QStringLiteral("%1: \"%2\" is not a JWT").arg(where, live));
        return;
    }
    if (isUuid(recorded)) {
        if (!isUuid(live))
            mismatches->append(QStringLiteral("%1: \"%2\" is not a UUID").arg(where, live));
        else
            learn(recorded, live, where, mismatches);
        return;
    }
    if (key == "activation_token") {
        static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex64.match(live).hasMatch())
            mismatches->append(QStringLiteral("%1: \"%2\" is not 64 hex digits").arg(where, live));
        else
            learn(recorded, live, where, mismatches);
        return;
    }
    const QString expected = substitute(recorded);
    if (expected != live)
        mismatches->append(
            QStringLiteral("%1: \"%2\" expected, got \"%3\"").arg(where, expected, live));
}

void JsonMatcher::compareArray(const QJsonArray &recorded, const QJsonArray &live,
                               const QString &where, QStringList *mismatches, const QString &key)
{
    if (recorded.size() != live.size()) {
        mismatches->append(QStringLiteral("%1: %2 elements expected, got %3 (%4)")
                               .arg(where)
                               .arg(recorded.size())
                               .arg(live.size())
                               .arg(brief(live)));
        return;
    }
    if (key == "permissions") { // a set on the server; its order is not part of the contract
        QSet<QString> r, l;
        for (const QJsonValue &v : recorded)
            r.insert(v.toString());
        for (const QJsonValue &v : live)
            l.insert(v.toString());
        if (r != l)
            mismatches->append(
                QStringLiteral("%1: %2 expected, got %3").arg(where, brief(recorded), brief(live)));
        return;
    }
    if (key == "users") { // team members come in id order, and ids differ between runs
        for (qsizetype i = 0; i < recorded.size(); ++i) {
            const QJsonObject r = recorded.at(i).toObject();
            const QString liveId = m_map.value(r.value("id").toString());
            qsizetype match = -1;
            for (qsizetype j = 0; j < live.size() && match < 0; ++j) {
                const QJsonObject l = live.at(j).toObject();
                if (liveId.isEmpty() ? l.value("name") == r.value("name")
                                     : l.value("id").toString() == liveId)
                    match = j;
            }
            if (match < 0)
                mismatches->append(
                    QStringLiteral("%1: member %2 missing").arg(where, r.value("name").toString()));
            else
                compare(recorded.at(i), live.at(match), QStringLiteral("%1[%2]").arg(where).arg(i),
                        mismatches);
        }
        return;
    }
    for (qsizetype i = 0; i < recorded.size(); ++i)
        compare(recorded.at(i), live.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), mismatches);
}
