#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace zenml::sql {

Error errorOf(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return Error::make(ErrorKind::Io,
                           QCoreApplication::translate(
                               "LocalStore",
                               "The profile database is read-only. Make the file and its folder "
                               "writable, then try again. (%1)")
                               .arg(text));
    return Error::make(
        ErrorKind::Io,
        QCoreApplication::translate("LocalStore", "The local database failed: %1").arg(text));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(query);
    for (const QVariant &v : values) {
        // Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse; an unset
        // QString field means "empty" here. NULL is asked for explicitly (nullIfEmpty, QVariant()).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return errorOf(query);
    return query;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

QVariant toDb(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // What toString(Qt::ISODateWithMs) writes for UTC, spelt out by hand: a pull stores two
    // times for each of tens of thousands of rows, and Qt's formatter was a tenth of its time.
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[25];
    const auto put = [&text](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = '-';
    put(5, d.month(), 2);
    text[7] = '-';
    put(8, d.day(), 2);
    text[10] = 'T';
    put(11, t.hour(), 2);
    text[13] = ':';
    put(14, t.minute(), 2);
    text[16] = ':';
    put(17, t.second(), 2);
    text[19] = '.';
    put(20, t.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QDateTime fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace zenml::sql
