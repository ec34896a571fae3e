#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace zenml::test {

// One parsed HTTP/1.1 request as the test server received it.
struct HttpRequest
{
    QByteArray method;
    QString path;                          // percent-decoded, without the query
    QString rawQuery;                      // as sent, without the '?'
    QList<QPair<QString, QString>> query;  // decoded, in order
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

} // namespace zenml::test
