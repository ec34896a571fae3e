#include "bodyschema.h"

#include "apierrors.h"
#include "pyjsonerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zenml::test {

namespace {

const QString permissionEnumError =
    QStringLiteral("value is not a valid enumeration member; permitted: 'write', 'read', 'me' "
                   "(type=type_error.enum; enum_values=[<PermissionType.WRITE: 'write'>, "
                   "<PermissionType.READ: 'read'>, <PermissionType.ME: 'me'>])");

std::optional<QJsonValue> coerceBool(const QJsonValue &value)
{
    if (value.isBool())
        return value;
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return QJsonValue(value.toDouble() == 1);
    const QString text = value.toString().toLower();
    if (QStringList{"true", "1", "yes", "on", "t", "y"}.contains(text))
        return QJsonValue(true);
    if (QStringList{"false", "0", "no", "off", "f", "n"}.contains(text))
        return QJsonValue(false);
    return std::nullopt;
}

} // namespace

QString BodySchema::normalizeUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\{?([0-9a-fA-F]{8})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})"
                       "-?([0-9a-fA-F]{12})\\}?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QStringList{m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5)}
        .join('-')
        .toLower();
}

HttpResponse BodySchema::jsonDecodeError(const QByteArray &body, int errorOffset)
{
    const QString doc = QString::fromUtf8(body);
    PyJsonError error =
        PyJsonError::find(doc).value_or(PyJsonError{"Expecting value", errorOffset});
    const qsizetype lineno = doc.left(error.pos).count('\n') + 1;
    const qsizetype lastNewline = doc.lastIndexOf('\n', error.pos - 1);
    const qsizetype colno = error.pos - lastNewline;
    const QString text =
        QStringLiteral("%1: line %2 column %3 (char %4) (type=value_error.jsondecode; "
                       "msg=%1; doc=%5; pos=%4; lineno=%2; colno=%3)")
            .arg(error.message)
            .arg(lineno)
            .arg(colno)
            .arg(error.pos)
            .arg(doc);
    return ApiErrors::requestValidation(
        {ValidationIssue{{"body", QString::number(error.pos)}, text}});
}

std::optional<HttpResponse> BodySchema::parse(const QByteArray &body, QJsonObject *out) const
{
    if (body.trimmed().isEmpty()) {
        bool anyRequired = false;
        for (const Field &field : m_fields)
            anyRequired = anyRequired || field.required;
        if (anyRequired)
            return ApiErrors::requestValidation(
                {ValidationIssue{{"body"}, ApiErrors::fieldRequired()}});
        *out = QJsonObject();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return jsonDecodeError(body, parseError.offset);
    if (!doc.isObject())
        return ApiErrors::requestValidation(
            {ValidationIssue{{"body"}, "value is not a valid dict (type=type_error.dict)"}});
    const QJsonObject input = doc.object();
    QList<ValidationIssue> issues;
    QJsonObject result;
    for (const Field &field : m_fields) {
        const QStringList loc{"body", field.name};
        if (!input.contains(field.name)) {
            if (field.required)
                issues.append({loc, ApiErrors::fieldRequired()});
            continue;
        }
        const QJsonValue value = input.value(field.name);
        if (value.isNull()) {
            if (field.required)
                issues.append(
                    {loc, "none is not an allowed value (type=type_error.none.not_allowed)"});
            else
                result.insert(field.name, value);
            continue;
        }
        switch (field.type) {
        case Type::Anything:
            result.insert(field.name, value);
            break;
        case Type::String:
            if (!value.isString()) {
                issues.append({loc, "str type expected (type=type_error.str)"});
            } else if (field.maxLength > 0 && value.toString().size() > field.maxLength) {
                issues.append(
                    {loc, QStringLiteral("ensure this value has at most %1 characters "
                                         "(type=value_error.any_str.max_length; limit_value=%1)")
                              .arg(field.maxLength)});
            } else {
                result.insert(field.name, value);
            }
            break;
        case Type::Bool:
            if (const auto b = coerceBool(value))
                result.insert(field.name, *b);
            else
                issues.append(
                    {loc, "value could not be parsed to a boolean (type=type_error.bool)"});
            break;
        case Type::Uuid: {
            const QString id = normalizeUuid(value.toString());
            if (id.isEmpty())
                issues.append({loc, ApiErrors::invalidUuid()});
            else
                result.insert(field.name, id);
            break;
        }
        case Type::UuidList:
        case Type::PermissionList: {
            if (!value.isArray()) {
                issues.append({loc, "value is not a valid list (type=type_error.list)"});
                break;
            }
            const QJsonArray items = value.toArray();
            QJsonArray cleaned;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QStringList itemLoc = loc + QStringList{QString::number(i)};
                if (field.type == Type::UuidList) {
                    const QString id = normalizeUuid(items.at(i).toString());
                    if (id.isEmpty())
                        issues.append({itemLoc, ApiErrors::invalidUuid()});
                    else
                        cleaned.append(id);
                } else {
                    const QString permission = items.at(i).toString();
                    if (!QStringList{"read", "write", "me"}.contains(permission))
                        issues.append({itemLoc, permissionEnumError});
                    else if (!cleaned.contains(permission))
                        cleaned.append(permission);
                }
            }
            result.insert(field.name, cleaned);
            break;
        }
        }
    }
    for (auto it = input.begin(); it != input.end(); ++it) {
        const bool known = std::any_of(m_fields.begin(), m_fields.end(),
                                       [&it](const Field &f) { return f.name == it.key(); });
        if (!known)
            issues.append(
                {{"body", it.key()}, "extra fields not permitted (type=value_error.extra)"});
    }
    if (!issues.isEmpty())
        return ApiErrors::requestValidation(issues);
    *out = result;
    return std::nullopt;
}

} // namespace zenml::test
