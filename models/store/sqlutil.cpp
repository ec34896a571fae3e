#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <cerrno>
#include <sqlite3.h>

namespace zenml::sql {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool lastFailureWasDamage(const QSqlDatabase &db)
{
    sqlite3 *connection = handleOf(db);
    if (!connection)
        return false;
    const int code = sqlite3_extended_errcode(connection) & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

void setImmutable(QSqlDatabase &db, const QString &path)
{
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setScheme(QStringLiteral("file"));
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

bool lastFailureWasDiskFull(const QSqlDatabase &db)
{
    // LocalStore opens a profile this way only when the disk was full.
    if (db.databaseName().startsWith(QLatin1String("file:")) &&
        db.databaseName().endsWith(QLatin1String("?immutable=1")))
        return true;
    sqlite3 *connection = handleOf(db);
    if (!connection)
        return false;
    const int code = sqlite3_extended_errcode(connection);
    if ((code & 0xff) == SQLITE_FULL)
        return true;
    // A write the OS refused for want of space (ENOSPC), or past the process's file-size limit
    // (EFBIG), is reported by SQLite as an I/O error.
    const int system = sqlite3_system_errno(connection);
    return (code & 0xff) == SQLITE_IOERR && (system == ENOSPC || system == EFBIG);
}

Error diskFullError(const QString &path)
{
    return Error::make(ErrorKind::Io,
                       QCoreApplication::translate(
                           "LocalStore",
                           "The disk holding '%1' is full, so nothing was saved and the profile "
                           "is as it was. Free some space on that disk, then try again.")
                           .arg(QDir::toNativeSeparators(path)));
}

Error errorOf(const QSqlDatabase &db, const QSqlQuery &query)
{
    if (lastFailureWasDamage(db)) {
        QString path = db.databaseName();
        if (path.startsWith(QLatin1String("file:")))
            path = QUrl(path).toLocalFile();
        return Error::make(
            ErrorKind::Io,
            QCoreApplication::translate(
                "LocalStore",
                "The profile database '%1' is damaged (%2); nothing more was written to it. "
                "Keep the file: it may hold changes not yet sent to the server. Restore it from "
                "a backup or, for a server profile, repair it with 'zenml-admin profile repair "
                "%3': that keeps the damaged file beside it, salvages the changes it can still "
                "read and fetches a fresh copy from the server.")
                .arg(QDir::toNativeSeparators(path), query.lastError().databaseText(),
                     QFileInfo(path).completeBaseName()));
    }
    if (lastFailureWasDiskFull(db)) {
        QString path = db.databaseName();
        if (path.startsWith(QLatin1String("file:")))
            path = QUrl(path).toLocalFile();
        return diskFullError(path);
    }
    return errorOf(query);
}

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

QVariant bindable(const QVariant &v)
{
    // Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse; an unset
    // QString field means "empty" here. NULL is asked for explicitly (nullIfEmpty, QVariant()).
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(db, query);
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    if (!query.exec())
        return errorOf(db, query);
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
