#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace zenml::test {

// HS256 JSON Web Tokens as ZenML issues them (no exp claim by default).
class Jwt
{
public:
    static QByteArray encode(const QJsonObject &claims, const QByteArray &secret);
    // The claims, or nothing when the token is malformed or its signature does not match.
    static std::optional<QJsonObject> decode(const QByteArray &token, const QByteArray &secret);
};

} // namespace zenml::test
