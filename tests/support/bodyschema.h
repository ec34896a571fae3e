#pragma once

#include "httpresponse.h"
#include "validationissue.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zenml::test {

// Validates a JSON request body the way FastAPI + pydantic v1 do for ZenML's request models:
// unknown keys, missing or null required keys, wrong types, bad UUIDs, bad enum members.
class BodySchema
{
public:
    enum class Type { String, Bool, Uuid, UuidList, PermissionList, Anything };
    struct Field
    {
        QString name;
        Type type = Type::String;
        bool required = false;
        int maxLength = 0; // 0 = unlimited
    };

    explicit BodySchema(QList<Field> fields)
        : m_fields(std::move(fields))
    {}

    // The fields that were sent (UUIDs normalized), or the 422 answer.
    std::optional<HttpResponse> parse(const QByteArray &body, QJsonObject *out) const;

    static QString normalizeUuid(const QString &text); // empty when not a UUID
    static HttpResponse jsonDecodeError(const QByteArray &body, int errorOffset);

private:
    QList<Field> m_fields;
};

} // namespace zenml::test
