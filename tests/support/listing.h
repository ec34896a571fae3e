#pragma once

#include "httpresponse.h"
#include "listquery.h"
#include "serverstate.h"

#include <QJsonArray>

namespace zenml::test {

// Runs a list endpoint over rows (filtered beforehand by the caller when the route scopes them):
// common fields id/created/updated plus the resource's own, then one page serialized by toJson.
template<typename Row, typename FieldOf, typename ToJson>
HttpResponse listRows(const HttpRequest &request, const ServerState &state, const QList<Row> &rows,
                      QList<ListQuery::Field> fields, FieldOf fieldOf, ToJson toJson)
{
    fields.prepend({"updated", ListQuery::FieldType::DateTime});
    fields.prepend({"created", ListQuery::FieldType::DateTime});
    fields.prepend({"id", ListQuery::FieldType::Uuid});
    ListQuery query(request, fields, state.atLeast(45) ? 20 : 50);
    if (query.error())
        return *query.error();
    const auto getter = [&rows, &fieldOf](qsizetype i, const QString &field) -> QVariant {
        const Row &row = rows.at(i);
        if (field == "id")
            return row.id;
        if (field == "created")
            return row.created;
        if (field == "updated")
            return row.updated;
        return fieldOf(row, field);
    };
    QList<qsizetype> page;
    if (auto failure = query.apply(rows.size(), getter, &page))
        return *failure;
    QJsonArray items;
    for (qsizetype index : std::as_const(page))
        items.append(toJson(rows.at(index)));
    return HttpResponse::ofJson(200, query.envelope(items));
}

} // namespace zenml::test
