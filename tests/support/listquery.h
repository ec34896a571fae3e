#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QVariant>
#include <functional>
#include <optional>

namespace zenml::test {

// Pagination, sort_by, logical_operator and field filters ("contains:al", "gte:2023-07-21
// 09:00:00") of a ZenML list endpoint, applied to rows the caller describes through a getter.
class ListQuery
{
public:
    enum class FieldType { String, Uuid, Bool, DateTime };
    struct Field
    {
        QString name;
        FieldType type = FieldType::String;
    };
    // Value of a field of row i: QString, bool, or qint64 microseconds for DateTime.
    using Getter = std::function<QVariant(qsizetype row, const QString &field)>;

    ListQuery(const HttpRequest &request, QList<Field> fields, int defaultSize);

    // Set when the query itself is invalid (422).
    const std::optional<HttpResponse> &error() const { return m_error; }
    // Filters and sorts rows [0, count), returns the rows of the requested page, or a 400 past the
    // end.
    std::optional<HttpResponse> apply(qsizetype count, const Getter &getter,
                                      QList<qsizetype> *page);
    QJsonObject envelope(const QJsonArray &items) const;

private:
    struct Filter
    {
        Field field;
        QString op;
        QVariant value;
    };
    void parse(const HttpRequest &request);
    bool matches(const Filter &filter, const QVariant &actual) const;

    QList<Field> m_fields;
    int m_page = 1;
    int m_size = 20;
    QString m_sortField = "created";
    bool m_descending = false;
    bool m_or = false;
    QList<Filter> m_filters;
    qsizetype m_total = 0;
    std::optional<HttpResponse> m_error;
};

} // namespace zenml::test
