#pragma once

#include "accessmodel.h"

#include <QByteArray>

namespace zenml::access {

struct CsvRow
{
    int line = 0; // where the row starts in the file, 1-based
    QStringList fields;
    QList<Position> fieldAt; // where each field starts
};

struct CsvTable
{
    QChar separator;
    QList<CsvRow> rows; // the header row first; empty lines are left out
};

// A small RFC 4180 reader for the spreadsheet exports people have: UTF-8 with or without a BOM,
// ',' or ';' as separator (whichever the header line uses outside quotes), quoted fields with ""
// and embedded separators and line breaks, LF or CRLF. Written here because Qt has no CSV reader
// and a dependency for 150 lines is not worth its weight. A quote left open or text after a
// closing quote is a problem with its place.
CsvTable readCsv(const QByteArray &bytes, QList<Problem> &problems);

} // namespace zenml::access
