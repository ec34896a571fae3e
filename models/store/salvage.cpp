#include "salvage.h"

#include "localstore.h"
#include "outbox.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <functional>

namespace zenml {

namespace {

// Settings looked up one by one when the meta table cannot be read to its end.
const QStringList &knownMetaKeys()
{
    static const QStringList keys{QStringLiteral("profile_kind"),
                                  QStringLiteral("server_url"),
                                  QStringLiteral("username"),
                                  QStringLiteral("pinned_fingerprint"),
                                  QStringLiteral("allow_insecure_http"),
                                  QStringLiteral("invitations.received"),
                                  QStringLiteral("session_user_id"),
                                  QStringLiteral("session_user_name"),
                                  QStringLiteral("session_permissions"),
                                  QStringLiteral("server_id"),
                                  QStringLiteral("server_version"),
                                  QStringLiteral("history.retention_days")};
    return keys;
}

// Past this many missing ids in a row, a probe of the queue by id stops (when the table's
// highest id could not be read).
constexpr qint64 kProbeGap = 2000;
// A probe never looks at more ids than this.
constexpr qint64 kProbeLimit = 1000000;

bool knownOperation(const OutboxOperation &op)
{
    static const QStringList known{
        OutboxOperation::CreateUser,      OutboxOperation::UpdateUser,
        OutboxOperation::DeleteUser,      OutboxOperation::DeactivateUser,
        OutboxOperation::CreateTeam,      OutboxOperation::UpdateTeam,
        OutboxOperation::SetTeamMembers,  OutboxOperation::DeleteTeam,
        OutboxOperation::CreateRole,      OutboxOperation::UpdateRole,
        OutboxOperation::DeleteRole,      OutboxOperation::CreateWorkspace,
        OutboxOperation::UpdateWorkspace, OutboxOperation::DeleteWorkspace,
        OutboxOperation::AssignUserRole,  OutboxOperation::RevokeUserRole,
        OutboxOperation::AssignTeamRole,  OutboxOperation::RevokeTeamRole};
    return known.contains(op.operation) && !op.entityId.isEmpty();
}

// One read-only connection, removed with this object.
class Reader
{
public:
    explicit Reader(const QString &path, bool immutable)
        : m_name(QStringLiteral("zenml-salvage-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (immutable) {
            // Nothing beside the file is touched (no -shm), and the write-ahead log is not read.
            sql::setImmutable(db, path);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        m_open = db.open();
    }
    ~Reader()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_open; }

    // Runs a statement and hands each row to `row`; false when it failed before its end.
    bool each(const QString &statement, const QVariantList &values,
              const std::function<void(const QSqlQuery &)> &row) const
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.prepare(statement))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return false;
        while (q.next())
            row(q);
        return !q.lastError().isValid();
    }

private:
    QString m_name;
    bool m_open = false;
};

void readMeta(const Reader &reader, SalvagedProfile &out)
{
    QSet<QString> seen;
    const bool whole =
        reader.each(QStringLiteral("SELECT key, value FROM meta"), {}, [&](const QSqlQuery &q) {
            const QString key = q.value(0).toString();
            if (key.isEmpty() || seen.contains(key))
                return;
            seen.insert(key);
            out.meta.append({key, q.value(1).toString()});
        });
    if (whole)
        return;
    ++out.unreadable;
    for (const QString &key : knownMetaKeys()) {
        if (seen.contains(key))
            continue;
        (void)reader.each(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                          [&](const QSqlQuery &q) {
                              seen.insert(key);
                              out.meta.append({key, q.value(0).toString()});
                          });
    }
}

void readOutbox(const Reader &reader, SalvagedProfile &out)
{
    QMap<qint64, OutboxOperation> found; // by id, for the queue order
    QSet<qint64> looked;
    qint64 highest = 0;
    const auto take = [&](const QSqlQuery &q) {
        const OutboxOperation op = Outbox::fromRow(q);
        looked.insert(op.id);
        highest = std::max(highest, op.id);
        if (op.status == OutboxStatus::Done)
            return;
        if (!knownOperation(op)) {
            ++out.unreadable;
            return;
        }
        found.insert(op.id, op);
    };
    const QString select = QStringLiteral("SELECT %1 FROM outbox").arg(Outbox::columns());
    const bool whole = reader.each(select + QStringLiteral(" ORDER BY id"), {}, take);
    if (!whole) {
        ++out.unreadable;
        // Row by row: a lookup by id reaches rows whose pages are sound even when a scan stops
        // at a damaged one. The highest id handed out, if that can be read, bounds the probe.
        qint64 bound = 0;
        (void)reader.each(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"),
                          {}, [&bound](const QSqlQuery &q) { bound = q.value(0).toLongLong(); });
        qint64 gap = 0;
        for (qint64 id = 1; id <= kProbeLimit; ++id) {
            if (bound > 0 ? id > bound : (id > highest && gap > kProbeGap))
                break;
            if (looked.contains(id))
                continue;
            bool hit = false;
            const bool ok = reader.each(select + QStringLiteral(" WHERE id = ?"), {id},
                                        [&](const QSqlQuery &q) {
                                            hit = true;
                                            take(q);
                                        });
            if (!ok)
                ++out.unreadable;
            gap = hit ? 0 : gap + 1;
        }
    }
    out.operations = found.values();
}

void readIdMap(const Reader &reader, SalvagedProfile &out)
{
    QSet<QString> seen;
    const auto take = [&](const QSqlQuery &q) {
        const QString local = q.value(0).toString();
        const QString server = q.value(1).toString();
        if (local.isEmpty() || server.isEmpty() || seen.contains(local))
            return;
        seen.insert(local);
        out.idMap.append({local, server});
    };
    if (reader.each(QStringLiteral("SELECT local_id, server_id FROM id_map"), {}, take))
        return;
    ++out.unreadable;
    // The ids the salvaged operations name are looked up one by one.
    for (const OutboxOperation &op : out.operations) {
        if (!seen.contains(op.entityId))
            (void)reader.each(
                QStringLiteral("SELECT local_id, server_id FROM id_map WHERE local_id = ?"),
                {op.entityId}, take);
    }
}

} // namespace

QString SalvagedProfile::metaValue(const QString &key) const
{
    for (const auto &[k, v] : meta) {
        if (k == key)
            return v;
    }
    return {};
}

namespace salvage {

bool isSound(const QString &path)
{
    Reader reader(path, false);
    if (!reader.isOpen())
        return false;
    bool ok = false;
    const bool ran =
        reader.each(QStringLiteral("PRAGMA quick_check"), {}, [&ok](const QSqlQuery &q) {
            ok = q.value(0).toString() == QLatin1String("ok");
        });
    return ran && ok;
}

SalvagedProfile read(const QString &path)
{
    SalvagedProfile out;
    // First with the write-ahead log (the last transactions may be there only); a file SQLite
    // cannot open that way is read as it lies on disk.
    for (const bool immutable : {false, true}) {
        Reader reader(path, immutable);
        if (!reader.isOpen() || !reader.each(QStringLiteral("SELECT name FROM sqlite_master"), {},
                                             [](const QSqlQuery &) {}))
            continue;
        out.readable = true;
        readMeta(reader, out);
        readOutbox(reader, out);
        readIdMap(reader, out);
        return out;
    }
    return out;
}

Status requeue(LocalStore &store, const SalvagedProfile &salvaged)
{
    Transaction tx(store.database());
    if (!tx.begun())
        return tx.begun();
    Outbox &outbox = store.outbox();
    for (const auto &[local, server] : salvaged.idMap) {
        if (Status s = outbox.mapId(local, server); !s)
            return s;
    }
    for (const OutboxOperation &op : salvaged.operations) {
        if (auto appended = outbox.append(op); !appended)
            return appended.error();
    }
    return tx.commit();
}

} // namespace salvage

} // namespace zenml
