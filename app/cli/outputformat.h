#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace zenml::cli {

enum class OutputFormat { Table, Json, Csv, Yaml }; // listings render Yaml as JSON (valid YAML)

std::optional<OutputFormat> parseOutputFormat(const QString &text);

// A column of a listing: the JSON key it reads and the table header it shows. JSON and CSV carry
// the row's value as is, for scripts in any language; a table may show it in the user's words
// through tableText (e.g. a translated status), else as cellText() of the value.
struct Column
{
    QString key;
    QString header;
    std::function<QString(const QJsonObject &row)> tableText = {};
};

// Every listing goes through here, so the three formats stay consistent:
// table: aligned columns, upper-case headers, arrays joined with ", ", null as "-";
// json:  the rows as an indented array of objects with stable keys (all keys, not only columns);
// csv:   RFC 4180: a header line of keys, CRLF line ends, fields quoted when needed.
QString renderList(const QJsonArray &rows, const QList<Column> &columns, OutputFormat format);

// One object (describe verbs): a two-column PROPERTY/VALUE table, a JSON object, or a CSV header
// line and one row.
QString renderObject(const QJsonObject &object, const QList<Column> &columns, OutputFormat format);

// The text of one cell in table and CSV output.
QString cellText(const QJsonValue &value);

} // namespace zenml::cli
