#include "pullapplier.h"

#include "bulkinserter.h"
#include "mirrorwriter.h"
#include "rowsnapshot.h"
#include "store/assignmenttable.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/sqlutil.h"
#include "store/teamtable.h"
#include "store/transaction.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zenml::sync::PullApplier", text);
}

bool isNamed(EntityKind kind)
{
    return kind == EntityKind::User || kind == EntityKind::Team || kind == EntityKind::Role ||
           kind == EntityKind::Workspace;
}
} // namespace

QJsonValue PullApplier::readable(const QString &field, const QJsonValue &value) const
{
    // A team's members are ids on the wire; a person reads names.
    if (field != QLatin1String("users") || !value.isArray())
        return value;
    QJsonArray names;
    for (const QJsonValue &id : value.toArray()) {
        auto ref = m_store.users().refById(id.toString());
        names.append(ref && ref.value() ? ref.value()->name : id.toString());
    }
    return names;
}

Status PullApplier::recordServerChange(EntityKind kind, const QString &id,
                                       const QJsonObject &before, const QJsonObject &after)
{
    static const QString kName = QStringLiteral("name");
    HistoryEntry e;
    e.actor = QStringLiteral("server");
    e.source = QStringLiteral("server");
    e.entityKind = entitykind::key(kind);
    e.entityId = id;
    e.entityName = after.value(kName).toString(before.value(kName).toString());
    e.verb = after.isEmpty()    ? QStringLiteral("server_delete")
             : before.isEmpty() ? QStringLiteral("server_create")
                                : QStringLiteral("server_update");
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("updated"))
            continue;
        const auto old = before.find(it.key());
        if (old != before.end() && old.value() == it.value())
            continue;
        QJsonObject change{{QStringLiteral("new"), readable(it.key(), it.value())}};
        if (old != before.end())
            change.insert(QStringLiteral("old"), readable(it.key(), old.value()));
        e.fields.insert(it.key(), change);
    }
    if (!before.isEmpty() && !after.isEmpty() && e.fields.isEmpty())
        return {};
    auto recorded = m_store.history().record(e);
    if (!recorded)
        return recorded.error();
    return {};
}

PullApplier::PullApplier(LocalStore &store)
    : m_store(store)
{}

QString PullApplier::watermarkKey(EntityKind kind)
{
    return QStringLiteral("sync.watermark.") + entitykind::key(kind);
}

QString PullApplier::settledKey(EntityKind kind)
{
    return QStringLiteral("sync.settled.") + entitykind::key(kind);
}

Result<QHash<QString, PullApplier::LocalRow>> PullApplier::loadRows(const QString &table) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, sync_state, base_updated FROM %1").arg(table));
    if (!q)
        return q.error();
    QHash<QString, LocalRow> rows;
    while (q->next())
        rows.insert(q->value(0).toString(),
                    {SyncState(q->value(1).toInt()), q->value(2).toString()});
    return rows;
}

Status PullApplier::loadIndexes()
{
    for (const QString &table :
         {QStringLiteral("workspaces"), QStringLiteral("roles"), QStringLiteral("users"),
          QStringLiteral("teams"), QStringLiteral("user_role_assignments"),
          QStringLiteral("team_role_assignments")}) {
        auto rows = loadRows(table);
        if (!rows)
            return rows.error();
        m_rows.insert(table, *rows);
    }
    auto ops = sql::exec(m_store.database(),
                         QStringLiteral("SELECT entity_id, id, status, base_updated, operation "
                                        "FROM outbox WHERE status <> ? ORDER BY id"),
                         {int(OutboxStatus::Done)});
    if (!ops)
        return ops.error();
    while (ops->next()) {
        const QString entity = ops->value(0).toString();
        if (m_openOps.contains(entity))
            continue;
        const QString operation = ops->value(4).toString();
        m_openOps.insert(entity, {ops->value(1).toLongLong(), OutboxStatus(ops->value(2).toInt()),
                                  ops->value(3).toString(),
                                  operation.startsWith(QLatin1String("create_")) ||
                                      operation.startsWith(QLatin1String("assign_"))});
    }
    auto map =
        sql::exec(m_store.database(), QStringLiteral("SELECT local_id, server_id FROM id_map"));
    if (!map)
        return map.error();
    while (map->next())
        m_localOf.insert(map->value(1).toString(), map->value(0).toString());
    return {};
}

const PullApplier::OpenOp *PullApplier::openOpFor(const QString &serverId) const
{
    if (const auto it = m_openOps.constFind(serverId); it != m_openOps.constEnd())
        return &*it;
    const QString local = m_localOf.value(serverId);
    if (const auto it = m_openOps.constFind(local); !local.isEmpty() && it != m_openOps.constEnd())
        return &*it;
    return nullptr;
}

Result<bool> PullApplier::admit(EntityKind kind, const QString &id, const QString &raw,
                                const QJsonObject &snapshot, PullReport &report)
{
    Q_UNUSED(kind)
    const OpenOp *open = openOpFor(id);
    if (!open)
        return true;
    // A pending local change holds the row. The server moved on from the base the change was
    // made on: that is a conflict for the admin, not an overwrite.
    if (open->status == OutboxStatus::Pending && !open->create && !open->base.isEmpty() &&
        open->base != raw) {
        if (Status s = m_store.outbox().setConflict(
                open->id, snapshot,
                tr("The row was changed on the server while this change waited."));
            !s)
            return s.error();
        m_openOps[m_openOps.contains(id) ? id : m_localOf.value(id)].status =
            OutboxStatus::Conflict;
        ++report.conflicts;
    }
    return false;
}

// The server's times are ISO 8601 without a zone, with a fraction of up to six digits that
// Python leaves out when it is zero. Compared as text with the fraction padded with zeros, they
// order as times: much cheaper than parsing two dates per pulled row.
static bool laterTime(const QString &a, const QString &b)
{
    if (const int c = QStringView(a).left(19).compare(QStringView(b).left(19)); c != 0)
        return c > 0;
    auto digit = [](const QString &t, qsizetype i) {
        // Fraction digit i after the dot at 19; '0' past its end.
        const qsizetype at = 20 + i;
        return t.size() > at && t.at(19) == QLatin1Char('.') ? t.at(at).unicode() : u'0';
    };
    for (qsizetype i = 0; i < 9; ++i) {
        if (digit(a, i) != digit(b, i))
            return digit(a, i) > digit(b, i);
    }
    return false;
}

void PullApplier::noteWatermark(EntityKind kind, const QString &raw)
{
    QString &current = m_watermarks[kind];
    if (current.isEmpty() || laterTime(raw, current))
        current = raw;
}

QSet<QString>
PullApplier::duplicates(const QString &table,
                        const PullResult::Listing<remote::RemoteAssignment> &listing) const
{
    // The server may hold the same subject, role and scope twice (team role assignments are not
    // checked for duplicates); the mirror holds it once. The row the mirror already has stays,
    // so that pull after pull does not swap one copy for the other.
    QSet<QString> out;
    if (!listing.rows)
        return out;
    const QHash<QString, LocalRow> local = m_rows.value(table);
    QHash<QString, QString> kept; // subject, role and scope -> id
    for (const auto &row : *listing.rows) {
        const RoleAssignment &a = row.value;
        const QString key =
            a.subjectId + QLatin1Char('/') + a.roleId + QLatin1Char('/') + a.workspaceId;
        const auto it = kept.find(key);
        if (it == kept.end()) {
            kept.insert(key, a.id);
        } else if (!local.contains(*it) && local.contains(a.id)) {
            out.insert(*it);
            *it = a.id;
        } else {
            out.insert(a.id);
        }
    }
    return out;
}

template<typename Row, typename Write, typename Insert>
Status PullApplier::merge(EntityKind kind, const QString &table,
                          const PullResult::Listing<Row> &listing, Write write, Insert insert,
                          PullReport &report, QHash<EntityKind, QSet<QString>> &fullSets,
                          const QSet<QString> &skip)
{
    if (!listing.rows)
        return {};
    QSet<QString> seen; // only for a full list: what the server has
    if (listing.full)
        seen.reserve(listing.rows->size());
    if (!listing.previousWatermark.isEmpty())
        noteWatermark(kind, listing.previousWatermark);
    QHash<QString, LocalRow> &local = m_rows[table];
    local.reserve(local.size() + listing.rows->size());
    const bool named = isNamed(kind);
    // A first pull fills the mirror: that is no change found on the server.
    const bool recordNew = named && !listing.previousWatermark.isEmpty();
    for (const Row &row : *listing.rows) {
        const QString &id = row.value.id;
        if (listing.full)
            seen.insert(id);
        noteWatermark(kind, row.rawUpdated);
        if (skip.contains(id))
            continue;
        const auto it = local.constFind(id);
        const bool known = it != local.constEnd();
        if (known && it->state == SyncState::Clean && it->base == row.rawUpdated && !openOpFor(id))
            continue; // seen before: the incremental margin repeats rows
        if (!known && !openOpFor(id) && insert(row)) {
            local.insert(id, {SyncState::Clean, row.rawUpdated});
            ++report.written;
            if (recordNew) {
                if (Status h = recordServerChange(kind, id, {}, snapshot::of(row)); !h)
                    return h;
            }
            continue;
        }
        const QJsonObject after = snapshot::of(row);
        auto admitted = admit(kind, id, row.rawUpdated, after, report);
        if (!admitted)
            return admitted.error();
        if (!*admitted)
            continue;
        QJsonObject before;
        if (known && named) {
            auto mirrored = snapshot::ofMirror(m_store, kind, id);
            if (!mirrored)
                return mirrored.error();
            before = *mirrored;
        }
        auto written = write(row);
        if (!written)
            return written.error();
        if (*written == MirrorWriter::Outcome::Written) {
            ++report.written;
            local.insert(id, {SyncState::Clean, row.rawUpdated});
            if (named && (known || recordNew)) {
                if (Status h = recordServerChange(kind, id, before, after); !h)
                    return h;
            }
        }
    }
    if (listing.full)
        fullSets.insert(kind, seen);
    if (listing.settlesWatermark && m_watermarks.value(kind) == listing.previousWatermark)
        m_settled.insert(kind, listing.previousWatermark);
    return {};
}

Status PullApplier::sweep(EntityKind kind, const QString &table, const QSet<QString> &serverIds,
                          PullReport &report)
{
    MirrorWriter writer(m_store);
    const QHash<QString, LocalRow> &local = m_rows[table];
    for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
        if (serverIds.contains(it.key()) || it->state == SyncState::Created)
            continue;
        if (const OpenOp *open = openOpFor(it.key())) {
            if (open->status == OutboxStatus::Pending && !open->create) {
                if (Status s = m_store.outbox().setConflict(
                        open->id, {},
                        tr("The row was deleted on the server while this change waited."));
                    !s)
                    return s;
                ++report.conflicts;
            }
            continue;
        }
        if (isNamed(kind)) {
            auto gone = snapshot::ofMirror(m_store, kind, it.key());
            if (!gone)
                return gone.error();
            if (Status h = recordServerChange(kind, it.key(), *gone, {}); !h)
                return h;
        }
        if (Status s = writer.remove(kind, it.key()); !s)
            return s;
        ++report.removed;
    }
    return {};
}

Status PullApplier::saveWatermarks()
{
    for (auto it = m_watermarks.constBegin(); it != m_watermarks.constEnd(); ++it) {
        if (Status s = m_store.setMeta(watermarkKey(it.key()), it.value()); !s)
            return s;
    }
    for (auto it = m_settled.constBegin(); it != m_settled.constEnd(); ++it) {
        if (Status s = m_store.setMeta(settledKey(it.key()), it.value()); !s)
            return s;
    }
    return {};
}

Status PullApplier::apply(const PullResult &r, PullReport &report)
{
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun();
    if (Status s = loadIndexes(); !s)
        return s;
    MirrorWriter w(m_store);
    QHash<EntityKind, QSet<QString>> full;
    const auto clean = SyncState::Clean;
    LocalStore &db = m_store;
    BulkInserter bulk(m_store.database());
    using namespace remote;
    // loadIndexes() made every table's entry: these references stay valid.
    const QHash<QString, LocalRow> &users = m_rows[QStringLiteral("users")];
    const QHash<QString, LocalRow> &teams = m_rows[QStringLiteral("teams")];
    const QHash<QString, LocalRow> &roles = m_rows[QStringLiteral("roles")];
    const QHash<QString, LocalRow> &workspaces = m_rows[QStringLiteral("workspaces")];
    auto assignmentInsert = [&](const RemoteAssignment &x) {
        const RoleAssignment &a = x.value;
        const auto &subjects = a.subjectKind == SubjectKind::User ? users : teams;
        if (!subjects.contains(a.subjectId) || !roles.contains(a.roleId) ||
            (!a.workspaceId.isEmpty() && !workspaces.contains(a.workspaceId)))
            return false;
        return bulk.insertAssignment(a, x.rawUpdated);
    };
    Status s = merge(
        EntityKind::Workspace, QStringLiteral("workspaces"), r.workspaces,
        [&](const RemoteWorkspace &x) { return w.writeWorkspace(x.value, x.rawUpdated, clean); },
        [&](const RemoteWorkspace &x) {
            return db.workspaces().insert(x.value, clean, x.rawUpdated).ok();
        },
        report, full);
    if (s)
        s = merge(
            EntityKind::Role, QStringLiteral("roles"), r.roles,
            [&](const RemoteRole &x) { return w.writeRole(x.value, x.rawUpdated, clean); },
            [&](const RemoteRole &x) {
                return db.roles().insert(x.value, clean, x.rawUpdated).ok();
            },
            report, full);
    if (s)
        s = merge(
            EntityKind::User, QStringLiteral("users"), r.users,
            [&](const RemoteUser &x) { return w.writeUser(x.value, x.rawUpdated, clean); },
            [&](const RemoteUser &x) { return bulk.insertUser(x.value, x.rawUpdated); }, report,
            full);
    if (s)
        s = merge(
            EntityKind::Team, QStringLiteral("teams"), r.teams,
            [&](const RemoteTeam &x) { return w.writeTeam(x.value, x.rawUpdated, clean); },
            [&](const RemoteTeam &x) {
                for (const QString &member : x.value.memberIds) {
                    if (!users.contains(member))
                        return false;
                }
                return bulk.insertTeam(x.value, x.rawUpdated);
            },
            report, full);
    if (s)
        s = merge(
            EntityKind::UserRoleAssignment, QStringLiteral("user_role_assignments"),
            r.userAssignments,
            [&](const RemoteAssignment &x) { return w.writeAssignment(x.value, x.rawUpdated); },
            assignmentInsert, report, full,
            duplicates(QStringLiteral("user_role_assignments"), r.userAssignments));
    if (s)
        s = merge(
            EntityKind::TeamRoleAssignment, QStringLiteral("team_role_assignments"),
            r.teamAssignments,
            [&](const RemoteAssignment &x) { return w.writeAssignment(x.value, x.rawUpdated); },
            assignmentInsert, report, full,
            duplicates(QStringLiteral("team_role_assignments"), r.teamAssignments));
    if (!s)
        return s;
    // Children first: a role still assigned cannot be removed.
    const QList<QPair<EntityKind, QString>> reverse{
        {EntityKind::TeamRoleAssignment, QStringLiteral("team_role_assignments")},
        {EntityKind::UserRoleAssignment, QStringLiteral("user_role_assignments")},
        {EntityKind::Team, QStringLiteral("teams")},
        {EntityKind::User, QStringLiteral("users")},
        {EntityKind::Role, QStringLiteral("roles")},
        {EntityKind::Workspace, QStringLiteral("workspaces")}};
    for (const auto &[kind, table] : reverse) {
        if (!full.contains(kind))
            continue;
        if (Status d = sweep(kind, table, full.value(kind), report); !d)
            return d;
    }
    report.swept = full.size() == reverse.size();
    if (Status m = saveWatermarks(); !m)
        return m;
    return tx.commit();
}

} // namespace zenml::sync
