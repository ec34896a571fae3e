#include "listquery.h"

#include "apierrors.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace zenml::test {

namespace {

const QStringList operators{"equals", "contains", "startswith", "endswith",
                            "gte",    "gt",       "lte",        "lt"};

std::optional<int> parseInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

ListQuery::ListQuery(const HttpRequest &request, QList<Field> fields, int defaultSize)
    : m_fields(std::move(fields))
    , m_size(defaultSize)
{
    parse(request);
}

void ListQuery::parse(const HttpRequest &request)
{
    QList<ValidationIssue> issues;
    QString sortBy;
    for (const auto &[key, value] : request.query) {
        if (key == "page" || key == "size") {
            const auto number = parseInt(value);
            if (!number) {
                issues.append(
                    {{"query", key}, "value is not a valid integer (type=type_error.integer)"});
            } else if (*number < 1) {
                issues.append({{"query", key},
                               "ensure this value is greater than or equal to 1 "
                               "(type=value_error.number.not_ge; limit_value=1)"});
            } else if (key == "size" && *number > 10000) {
                issues.append({{"query", key},
                               "ensure this value is less than or equal to 10000 "
                               "(type=value_error.number.not_le; limit_value=10000)"});
            } else {
                (key == "page" ? m_page : m_size) = *number;
            }
        } else if (key == "sort_by") {
            sortBy = value;
        } else if (key == "logical_operator") {
            if (value != "and" && value != "or")
                issues.append({{"query", key},
                               "value is not a valid enumeration member; permitted: 'or', 'and' "
                               "(type=type_error.enum; enum_values=[<LogicalOperators.OR: 'or'>, "
                               "<LogicalOperators.AND: 'and'>])"});
            m_or = value == "or";
        } else {
            const auto field = std::find_if(m_fields.begin(), m_fields.end(),
                                            [&key](const Field &f) { return f.name == key; });
            if (field == m_fields.end())
                continue; // FastAPI ignores unknown query parameters
            Filter filter{*field, "equals", value};
            const qsizetype colon = value.indexOf(':');
            if (colon > 0 && operators.contains(value.left(colon))) {
                filter.op = value.left(colon);
                filter.value = value.mid(colon + 1);
            }
            const QString text = filter.value.toString();
            if (field->type == FieldType::Bool) {
                if (text == "true" || text == "True" || text == "1")
                    filter.value = true;
                else if (text == "false" || text == "False" || text == "0")
                    filter.value = false;
                else
                    issues.append(
                        {{"query", key},
                         "value could not be parsed to a boolean (type=type_error.bool)"});
            } else if (field->type == FieldType::DateTime) {
                static const QRegularExpression format(
                    QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
                QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                if (!format.match(text).hasMatch() || !time.isValid()) {
                    m_error = ApiErrors::queryValidation(
                        "__root__", "The datetime filter only works with values in the following "
                                    "format: %Y-%m-%d %H:%M:%S");
                    return;
                }
                time.setTimeZone(QTimeZone::utc());
                filter.value = time.toMSecsSinceEpoch() * 1000;
            }
            m_filters.append(filter);
        }
    }
    if (!issues.isEmpty()) {
        m_error = ApiErrors::requestValidation(issues);
        return;
    }
    if (!sortBy.isEmpty()) {
        QString column = sortBy;
        if (sortBy.startsWith("asc:") || sortBy.startsWith("desc:")) {
            m_descending = sortBy.startsWith("desc:");
            column = sortBy.section(':', 1);
        }
        const bool known = column == "created" || column == "updated" ||
                           std::any_of(m_fields.begin(), m_fields.end(),
                                       [&column](const Field &f) { return f.name == column; });
        if (!known) {
            m_error = ApiErrors::queryValidation(
                "sort_by", "You can only sort by valid fields of this resource");
            return;
        }
        m_sortField = column;
    }
}

bool ListQuery::matches(const Filter &filter, const QVariant &actual) const
{
    const QString &op = filter.op;
    if (filter.field.type == FieldType::Bool)
        return actual.toBool() == filter.value.toBool();
    if (filter.field.type == FieldType::DateTime) {
        const qint64 a = actual.toLongLong();
        const qint64 b = filter.value.toLongLong();
        if (op == "gte")
            return a >= b;
        if (op == "gt")
            return a > b;
        if (op == "lte")
            return a <= b;
        if (op == "lt")
            return a < b;
        return a == b;
    }
    const QString a = actual.toString();
    const QString b = filter.value.toString();
    // SQLite's LIKE, which the real server's contains/startswith/endswith use, ignores ASCII case.
    if (op == "contains")
        return a.contains(b, Qt::CaseInsensitive);
    if (op == "startswith")
        return a.startsWith(b, Qt::CaseInsensitive);
    if (op == "endswith")
        return a.endsWith(b, Qt::CaseInsensitive);
    if (op == "gte")
        return a >= b;
    if (op == "gt")
        return a > b;
    if (op == "lte")
        return a <= b;
    if (op == "lt")
        return a < b;
    return a == b;
}

std::optional<HttpResponse> ListQuery::apply(qsizetype count, const Getter &getter,
                                             QList<qsizetype> *page)
{
    QList<qsizetype> rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        bool keep = !m_or || m_filters.isEmpty();
        for (const Filter &filter : m_filters) {
            const bool match = matches(filter, getter(i, filter.field.name));
            if (m_or && match) {
                keep = true;
                break;
            }
            if (!m_or && !match) {
                keep = false;
                break;
            }
        }
        if (keep)
            rows.append(i);
    }
    if (m_sortField != "created" || m_descending) {
        QList<QVariant> keys(count);
        for (qsizetype row : std::as_const(rows))
            keys[row] = getter(row, m_sortField);
        std::stable_sort(rows.begin(), rows.end(), [&](qsizetype l, qsizetype r) {
            const int c = QVariant::compare(keys.at(l), keys.at(r)) == QPartialOrdering::Less ? -1
                          : QVariant::compare(keys.at(l), keys.at(r)) == QPartialOrdering::Greater
                              ? 1
                              : 0;
            return m_descending ? c > 0 : c < 0;
        });
    }
    m_total = rows.size();
    const qsizetype totalPages = qMax<qsizetype>(1, (m_total + m_size - 1) / m_size);
    if (m_page > totalPages) {
        return ApiErrors::domain(
            400, "ValueError",
            QStringLiteral("Invalid page %1. The requested page size is %2 and there "
                           "are a total of %3 items for this query. The maximum "
                           "page value therefore is %4.")
                .arg(m_page)
                .arg(m_size)
                .arg(m_total)
                .arg(totalPages));
    }
    *page = rows.mid(qsizetype(m_page - 1) * m_size, m_size);
    return std::nullopt;
}

QJsonObject ListQuery::envelope(const QJsonArray &items) const
{
    const qsizetype totalPages = qMax<qsizetype>(1, (m_total + m_size - 1) / m_size);
    return QJsonObject{{"index", m_page},
                       {"max_size", m_size},
                       {"total_pages", qint64(totalPages)},
                       {"total", qint64(m_total)},
                       {"items", items}};
}

} // namespace zenml::test
