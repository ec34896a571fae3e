#include "csvreader.h"

#include <QCoreApplication>

namespace zenml::access {

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::CsvText)
};

QChar detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

CsvTable readCsv(const QByteArray &bytes, QList<Problem> &problems)
{
    CsvTable table;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;

    int line = 1, column = 1;
    CsvRow row;
    QString field;
    Position fieldAt{1, 1};
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // the field's closing quote was read
    bool rowHasText = false;
    row.line = 1;

    const auto endField = [&]() {
        row.fields << field;
        row.fieldAt << fieldAt;
        field.clear();
        afterQuote = false;
    };
    const auto endRow = [&]() {
        endField();
        if (rowHasText)
            table.rows << row;
        row = CsvRow();
        rowHasText = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
                ++column;
                continue;
            }
            field += c;
            if (c == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue; // CRLF: the LF ends the row
        if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            column = 1;
            row.line = line;
            fieldAt = {line, column};
            continue;
        }
        if (c == sep) {
            endField();
            ++column;
            fieldAt = {line, column};
            continue;
        }
        if (afterQuote) {
            problems << Problem{{line, column},
                                CsvText::tr("Text after the closing quote of a field. Put the "
                                            "whole field in quotes and double any quote inside.")};
            afterQuote = false;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            rowHasText = true;
            ++column;
            continue;
        }
        field += c;
        if (!c.isSpace())
            rowHasText = true;
        ++column;
    }
    if (quoted)
        problems << Problem{fieldAt, CsvText::tr("A quoted field is never closed.")};
    endRow();
    return table;
}

} // namespace zenml::access
