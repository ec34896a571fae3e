#include "dbdump.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace zenml::test {

namespace {
QString rowsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
        return QStringLiteral("<error %1>").arg(q.lastError().text());
    QString out;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            fields << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        }
        out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return out;
}
} // namespace

QString dumpDatabase(const QString &path)
{
    const QString name = QStringLiteral("dump-") + QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out = QStringLiteral("<cannot open: %1>").arg(db.lastError().text());
        } else {
            QSqlQuery version(db);
            if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
                out += QStringLiteral("user_version %1\n").arg(version.value(0).toInt());
            QSqlQuery tables(db);
            QStringList names;
            if (!tables.exec(QStringLiteral(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")))
                out += QStringLiteral("<error %1>").arg(tables.lastError().text());
            while (tables.next()) {
                names << tables.value(0).toString();
                out += tables.value(1).toString() + QLatin1Char('\n');
            }
            tables.finish();
            for (const QString &table : names)
                out += QStringLiteral("== %1\n").arg(table) + rowsOf(db, table);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace zenml::test
