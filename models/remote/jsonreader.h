#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace zenml::remote {

// Strict, path-aware reading of a server answer. The first problem found (a missing field, a
// wrong type, a bad timestamp) is recorded once for the whole tree, and parsers return it as a
// Protocol error naming the field, e.g. "items[3].roles[0].permissions". After a failure the
// getters return empty values, which parsers must not use: they check ok() before returning.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(const QJsonValue &value, const QString &path = {});
    // `summaries`: versions of nested rows checked already in this listing (see seenBefore).
    JsonReader(const QJsonValue &value, const QString &path, QSet<QString> *summaries);

    bool ok() const { return !m_error->has_value(); }
    Error error() const;
    QString path() const;
    const QJsonValue &value() const { return m_value; }

    // Required: present and of the type.
    QString string(const QString &key) const;
    QString uuid(const QString &key) const;
    bool boolean(const QString &key) const;
    qint64 integer(const QString &key) const;
    JsonReader object(const QString &key) const;
    QList<JsonReader> array(const QString &key) const;
    QStringList stringArray(const QString &key) const;
    // Naive UTC ISO-8601 with optional fraction; `raw` receives the string as sent.
    QDateTime timestamp(const QString &key, QString *raw = nullptr) const;

    // Present, but may be null (null gives the empty value / nullopt).
    QString nullableString(const QString &key) const;
    std::optional<bool> nullableBoolean(const QString &key) const;
    std::optional<JsonReader> nullableObject(const QString &key) const;
    std::optional<QList<JsonReader>> nullableArray(const QString &key) const;

    // Version-dependent: may be absent, null or of the type.
    QString optionalString(const QString &key) const;
    std::optional<bool> optionalBoolean(const QString &key) const;
    std::optional<qint64> optionalInteger(const QString &key) const;

    // True when this object is a copy of a nested row (`kind`, same id and same `updated`) that
    // an earlier item of the same listing carried and was checked in full. A page of role
    // assignments repeats the same few roles and users thousands of times; the first copy of
    // each version is checked strictly, later copies only where they are used. Without a
    // listing's record (single answers) always false.
    bool seenBefore(QLatin1StringView kind) const;

    // Records a problem at this reader's path (or path.key) unless one is recorded already.
    void fail(const QString &what, const QString &key = {}) const;

    QString pathOf(const QString &key) const;
    static QString typeName(const QJsonValue &value);
    static std::optional<QDateTime> parseTimestamp(const QString &text);

private:
    // `index` >= 0: the element `path[index]` of a list (its path is spelt out only on failure).
    JsonReader(const QJsonValue &value, QString path, std::shared_ptr<std::optional<Error>> error,
               qsizetype index = -1, QSet<QString> *summaries = nullptr);
    // The member value if this is an object holding key; records the failure otherwise.
    std::optional<QJsonValue> member(const QString &key, bool required) const;
    bool expectType(const QJsonValue &v, QJsonValue::Type type, const QString &key) const;

    QJsonValue m_value;
    QJsonObject m_object; // m_value when it is an object: looked up once, not per member
    QString m_path;
    qsizetype m_index = -1;
    std::shared_ptr<std::optional<Error>> m_error;
    QSet<QString> *m_summaries = nullptr; // owned by the listing, outlives its readers
};

} // namespace zenml::remote
