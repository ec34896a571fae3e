#include "jwt.h"

#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>

namespace zenml::test {

namespace {

constexpr auto base64UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256)
        .toBase64(base64UrlOptions);
}

} // namespace

QByteArray Jwt::encode(const QJsonObject &claims, const QByteArray &secret)
{
    const QJsonObject header{{"alg", "HS256"}, {"typ", "JWT"}};
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64UrlOptions) + '.' +
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64UrlOptions);
    return signingInput + '.' + sign(signingInput, secret);
}

std::optional<QJsonObject> Jwt::decode(const QByteArray &token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (sign(signingInput, secret) != parts.at(2))
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), base64UrlOptions);
    if (!payload)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace zenml::test
