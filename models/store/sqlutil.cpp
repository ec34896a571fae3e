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
    char text[] = "0000-00-00T00:00:00.000Z";
    const struct
    {
        int value, end; // the field's digits end before `end`
    } fields[] = {{d.year(), 4},    {d.month(), 7},   {d.day(), 10}, {t.hour(), 13},
                  {t.minute(), 16}, {t.second(), 19}, {t.msec(), 23}};
    for (auto [value, end] : fields) {
        for (int i = end - 1; value > 0; --i, value /= 10)
            text[i] = char('0' + value % 10);
    }
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
