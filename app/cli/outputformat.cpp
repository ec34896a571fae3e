#include "outputformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace zenml::cli {

namespace {

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : text) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString tableText(const QList<QStringList> &lines)
{
    if (lines.isEmpty())
        return {};
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString out;
    for (const QStringList &line : lines) {
        QString row;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i + 1 < line.size())
                row += line.at(i).leftJustified(widths.at(i) + 2, QLatin1Char(' '));
            else
                row += line.at(i);
        }
        out += row.trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString tableCell(const QJsonObject &row, const Column &column)
{
    return column.tableText ? column.tableText(row) : cellText(row.value(column.key));
}

} // namespace

std::optional<OutputFormat> parseOutputFormat(const QString &text)
{
    if (text == QLatin1String("table"))
        return OutputFormat::Table;
    if (text == QLatin1String("json"))
        return OutputFormat::Json;
    if (text == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (text == QLatin1String("yaml"))
        return OutputFormat::Yaml;
    return std::nullopt;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << cellText(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString renderList(const QJsonArray &rows, const QList<Column> &columns, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
    case OutputFormat::Yaml:
        return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    case OutputFormat::Csv: {
        QStringList keys;
        for (const Column &c : columns)
            keys << c.key;
        QString out = csvLine(keys);
        for (const QJsonValue &row : rows) {
            QStringList fields;
            for (const Column &c : columns)
                fields << cellText(row.toObject().value(c.key));
            out += csvLine(fields);
        }
        return out;
    }
    case OutputFormat::Table: {
        QList<QStringList> lines;
        QStringList headers;
        for (const Column &c : columns)
            headers << c.header;
        lines << headers;
        for (const QJsonValue &row : rows) {
            QStringList cells;
            for (const Column &c : columns) {
                const QString text = tableCell(row.toObject(), c);
                cells << (text.isEmpty() ? QStringLiteral("-") : text);
            }
            lines << cells;
        }
        return tableText(lines);
    }
    }
    return {};
}

QString renderObject(const QJsonObject &object, const QList<Column> &columns, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
    case OutputFormat::Yaml:
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    case OutputFormat::Csv:
        return renderList(QJsonArray{object}, columns, format);
    case OutputFormat::Table: {
        QList<QStringList> lines;
        lines << QStringList{QCoreApplication::translate("zenml::cli::Output", "PROPERTY"),
                             QCoreApplication::translate("zenml::cli::Output", "VALUE")};
        for (const Column &c : columns) {
            const QString text = tableCell(object, c);
            lines << QStringList{c.header, text.isEmpty() ? QStringLiteral("-") : text};
        }
        return tableText(lines);
    }
    }
    return {};
}

} // namespace zenml::cli
