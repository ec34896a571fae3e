#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringBuilder>
#include <QUuid>

namespace zenml::remote {

namespace {

// The form the server sends (8-4-4-4-12 hex digits, not all zero), checked without building a
// QUuid: a pull checks a few ids per row. Other spellings go to QUuid::fromString.
bool isUuidText(const QString &text)
{
    if (text.size() != 36 || text == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (hyphen ? c != u'-' : !hex)
            return false;
    }
    return true;
}

} // namespace

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : JsonReader(value, path, std::make_shared<std::optional<Error>>())
{}

JsonReader::JsonReader(const QJsonValue &value, const QString &path, QSet<QString> *summaries)
    : JsonReader(value, path, std::make_shared<std::optional<Error>>(), -1, summaries)
{}

JsonReader::JsonReader(const QJsonValue &value, QString path,
                       std::shared_ptr<std::optional<Error>> error, qsizetype index,
                       QSet<QString> *summaries)
    : m_value(value)
    , m_object(value.isObject() ? value.toObject() : QJsonObject())
    , m_path(std::move(path))
    , m_index(index)
    , m_error(std::move(error))
    , m_summaries(summaries)
{}

bool JsonReader::seenBefore(QLatin1StringView kind) const
{
    if (!m_summaries || !ok())
        return false;
    const QJsonValue id = m_object.value(QLatin1StringView("id"));
    const QJsonValue updated = m_object.value(QLatin1StringView("updated"));
    if (!id.isString() || !updated.isString())
        return false;
    const QString key =
        kind % QLatin1Char(' ') % id.toString() % QLatin1Char(' ') % updated.toString();
    if (m_summaries->contains(key))
        return true;
    m_summaries->insert(key);
    return false;
}

QString JsonReader::path() const
{
    return m_index < 0 ? m_path : m_path + QStringLiteral("[%1]").arg(m_index);
}

Error JsonReader::error() const
{
    return m_error->value_or(Error{});
}

QString JsonReader::pathOf(const QString &key) const
{
    const QString here = path();
    if (key.isEmpty())
        return here.isEmpty() ? QStringLiteral("(body)") : here;
    return here.isEmpty() ? key : here + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &what, const QString &key) const
{
    if (m_error->has_value())
        return;
    Error e;
    e.kind = ErrorKind::Protocol;
    //: %1 is a field path such as items[3].roles[0].permissions, %2 says what is wrong with it
    e.message =
        tr("The server's answer does not follow the ZenML API: %1 %2.").arg(pathOf(key), what);
    *m_error = e;
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

std::optional<QJsonValue> JsonReader::member(const QString &key, bool required) const
{
    if (!ok())
        return std::nullopt;
    if (!m_value.isObject()) {
        fail(tr("should be an object but is %1").arg(typeName(m_value)));
        return std::nullopt;
    }
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(tr("is missing"), key);
        return std::nullopt;
    }
    return it.value();
}

bool JsonReader::expectType(const QJsonValue &v, QJsonValue::Type type, const QString &key) const
{
    if (v.type() == type)
        return true;
    // Integers arrive as Double in QJsonValue; both are "a number" to the reader of the message.
    const QString expected = typeName(type == QJsonValue::Double   ? QJsonValue(0.0)
                                      : type == QJsonValue::Bool   ? QJsonValue(false)
                                      : type == QJsonValue::String ? QJsonValue(QString())
                                      : type == QJsonValue::Array  ? QJsonValue(QJsonArray())
                                                                   : QJsonValue(QJsonObject()));
    fail(tr("should be %1 but is %2").arg(expected, typeName(v)), key);
    return false;
}

QString JsonReader::string(const QString &key) const
{
    const auto v = member(key, true);
    if (!v || !expectType(*v, QJsonValue::String, key))
        return {};
    return v->toString();
}

QString JsonReader::uuid(const QString &key) const
{
    const QString text = string(key);
    if (!ok())
        return {};
    if (!isUuidText(text) && QUuid::fromString(text).isNull()) {
        fail(tr("should be a UUID but is \"%1\"").arg(text.left(64)), key);
        return {};
    }
    return text;
}

bool JsonReader::boolean(const QString &key) const
{
    const auto v = member(key, true);
    return v && expectType(*v, QJsonValue::Bool, key) && v->toBool();
}

qint64 JsonReader::integer(const QString &key) const
{
    const auto v = member(key, true);
    if (!v || !expectType(*v, QJsonValue::Double, key))
        return 0;
    const double d = v->toDouble();
    // Range first: converting a double outside qint64 (or NaN) to an integer is undefined, and a
    // server may send 3e+72. 2^63 is exact as a double; every whole double below it fits.
    constexpr double kLimit = 9223372036854775808.0;
    if (!(d >= -kLimit && d < kLimit)) {
        fail(tr("is out of the range of a whole number"), key);
        return 0;
    }
    if (d != static_cast<double>(static_cast<qint64>(d))) {
        fail(tr("should be a whole number"), key);
        return 0;
    }
    return static_cast<qint64>(d);
}

JsonReader JsonReader::object(const QString &key) const
{
    const auto v = member(key, true);
    if (v)
        expectType(*v, QJsonValue::Object, key);
    return JsonReader(v.value_or(QJsonValue()), pathOf(key), m_error, -1, m_summaries);
}

QList<JsonReader> JsonReader::array(const QString &key) const
{
    const auto v = member(key, true);
    QList<JsonReader> out;
    if (!v || !expectType(*v, QJsonValue::Array, key))
        return out;
    const QJsonArray arr = v->toArray();
    const QString base = pathOf(key);
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i)
        out.append(JsonReader(arr.at(i), base, m_error, i, m_summaries));
    return out;
}

QStringList JsonReader::stringArray(const QString &key) const
{
    QStringList out;
    for (const JsonReader &item : array(key)) {
        if (!item.value().isString()) {
            item.fail(tr("should be a string but is %1").arg(typeName(item.value())));
            return {};
        }
        out << item.value().toString();
    }
    return out;
}

std::optional<QDateTime> JsonReader::parseTimestamp(const QString &text)
{
    // ZenML sends naive UTC: 2023-07-21T09:12:44.123456. A trailing Z is tolerated. Read by hand:
    // a pull parses two of these per row, and a regular expression was most of the parse time.
    const qsizetype n = text.size();
    auto digits = [&text, n](qsizetype at, qsizetype count) -> int {
        if (at + count > n)
            return -1;
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    auto is = [&text, n](qsizetype at, char16_t c) { return at < n && text.at(at).unicode() == c; };
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || !is(4, u'-') ||
        !is(7, u'-') || !(is(10, u'T') || is(10, u' ')) || !is(13, u':') || !is(16, u':'))
        return std::nullopt;
    qsizetype at = 19;
    int ms = 0;
    if (is(at, u'.')) {
        qsizetype fraction = 0;
        for (int d = digits(at + 1, 1); d >= 0; d = digits(at + 1 + fraction, 1)) {
            if (fraction < 3)
                ms = ms * 10 + d;
            ++fraction;
        }
        if (fraction < 1 || fraction > 9)
            return std::nullopt;
        for (qsizetype k = fraction; k < 3; ++k)
            ms *= 10;
        at += 1 + fraction;
    }
    if (is(at, u'Z'))
        ++at;
    if (at != n)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QDateTime JsonReader::timestamp(const QString &key, QString *raw) const
{
    const QString text = string(key);
    if (!ok())
        return {};
    const auto parsed = parseTimestamp(text);
    if (!parsed) {
        fail(
            tr("should be a time like 2023-07-21T09:12:44.123456 but is \"%1\"").arg(text.left(64)),
            key);
        return {};
    }
    if (raw)
        *raw = text;
    return *parsed;
}

QString JsonReader::nullableString(const QString &key) const
{
    const auto v = member(key, true);
    if (!v || v->isNull() || !expectType(*v, QJsonValue::String, key))
        return {};
    return v->toString();
}

std::optional<bool> JsonReader::nullableBoolean(const QString &key) const
{
    const auto v = member(key, true);
    if (!v || v->isNull() || !expectType(*v, QJsonValue::Bool, key))
        return std::nullopt;
    return v->toBool();
}

std::optional<JsonReader> JsonReader::nullableObject(const QString &key) const
{
    const auto v = member(key, true);
    if (!v || v->isNull() || !expectType(*v, QJsonValue::Object, key))
        return std::nullopt;
    return JsonReader(*v, pathOf(key), m_error, -1, m_summaries);
}

std::optional<QList<JsonReader>> JsonReader::nullableArray(const QString &key) const
{
    const auto v = member(key, true);
    if (!v || v->isNull())
        return std::nullopt;
    return array(key);
}

QString JsonReader::optionalString(const QString &key) const
{
    const auto v = member(key, false);
    if (!v || v->isNull() || !expectType(*v, QJsonValue::String, key))
        return {};
    return v->toString();
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key) const
{
    const auto v = member(key, false);
    if (!v || v->isNull() || !expectType(*v, QJsonValue::Bool, key))
        return std::nullopt;
    return v->toBool();
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key) const
{
    const auto v = member(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    return integer(key);
}

} // namespace zenml::remote
