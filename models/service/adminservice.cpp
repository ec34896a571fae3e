#include "adminservice.h"

#include "service/sessionrecord.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/transaction.h"
#include "store/usertable.h"
#include "store/workspacetable.h"
#include "sync/rowsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace zenml {

AdminService::AdminService(LocalStore &store, ProfileKind kind, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_kind(kind)
{}

NamedTable &AdminService::table(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Team:
        return m_store.teams();
    case EntityKind::Role:
        return m_store.roles();
    case EntityKind::Workspace:
        return m_store.workspaces();
    default:
        return m_store.users();
    }
}

Result<NamedRef> AdminService::resolve(EntityKind kind, const QString &reference) const
{
    if (reference.isEmpty())
        return Error::make(ErrorKind::Usage,
                           tr("Name the %1 to use.").arg(entitykind::displayName(kind)));
    NamedTable &t = table(kind);
    const QUuid uuid(reference);
    if (!uuid.isNull()) {
        auto byId = t.refById(uuid.toString(QUuid::WithoutBraces));
        if (!byId)
            return byId.error();
        if (byId.value())
            return *byId.value();
        return Error::make(
            ErrorKind::NotFound,
            tr("No %1 has the id '%2'.").arg(entitykind::displayName(kind), reference));
    }
    auto exact = t.refByName(reference);
    if (!exact)
        return exact.error();
    if (exact.value())
        return *exact.value();
    // Translated only here: an apply resolves 20,000 names that all exist.
    const QString what = entitykind::displayName(kind);
    auto candidates = t.refsByPrefix(reference, 11);
    if (!candidates)
        return candidates.error();
    if (candidates->size() == 1)
        return candidates->first();
    if (candidates->isEmpty())
        return Error::make(ErrorKind::NotFound,
                           tr("No %1 has the name, id or id prefix '%2'. Check the spelling, or "
                              "list the %1s to see their names.")
                               .arg(what, reference));
    QStringList names;
    for (const NamedRef &r : *candidates)
        names << QStringLiteral("%1 (%2)").arg(r.name, r.id);
    return Error::make(ErrorKind::Ambiguous,
                       tr("'%1' matches more than one %2: %3. Give the full name "
                          "or more of the id.")
                           .arg(reference, what, names.join(QStringLiteral(", "))));
}

Result<QStringList> AdminService::resolveAll(EntityKind kind, const QStringList &references) const
{
    QStringList ids;
    QSet<QString> seen; // an import names 5,000 users at once
    ids.reserve(references.size());
    seen.reserve(references.size());
    for (const QString &ref : references) {
        auto r = resolve(kind, ref);
        if (!r)
            return r.error();
        if (!seen.contains(r->id)) {
            seen.insert(r->id);
            ids << r->id;
        }
    }
    return ids;
}

Status AdminService::checkUniqueName(EntityKind kind, const QString &name,
                                     const QString &exceptId) const
{
    auto existing = table(kind).refByName(name);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->id != exceptId)
        return Error::make(ErrorKind::AlreadyExists,
                           tr("A %1 named '%2' already exists. Choose another name.")
                               .arg(entitykind::displayName(kind), name));
    return {};
}

Status AdminService::require(const QString &action) const
{
    if (!m_gate)
        return {};
    return m_gate(Permission::Write, action);
}

SyncState AdminService::editedState(SyncState current) const
{
    if (m_kind == ProfileKind::Local || current == SyncState::Created)
        return current;
    return SyncState::Modified;
}

Result<QJsonObject> AdminService::baseSnapshotOf(EntityKind kind, const QString &id) const
{
    if (m_kind == ProfileKind::Local)
        return QJsonObject();
    // With edits already queued, the mirror holds mine: the earliest one kept the server's.
    auto earlier = m_store.outbox().firstBaseSnapshot(id);
    if (!earlier || !earlier->isEmpty())
        return earlier;
    auto sync = table(kind).syncInfo(id);
    if (!sync)
        return sync.error();
    if (sync->state == SyncState::Created)
        return QJsonObject();
    return sync::snapshot::ofMirror(m_store, kind, id);
}

Status AdminService::queue(const QString &operation, EntityKind kind, const QString &entityId,
                           const QJsonObject &payload, const QString &baseUpdated,
                           const QJsonObject &baseSnapshot)
{
    qint64 outboxId = 0;
    if (m_kind == ProfileKind::Server) {
        OutboxOperation op;
        op.operation = operation;
        op.entityKind = kind;
        op.entityId = entityId;
        op.payload = payload;
        op.baseUpdated = baseUpdated;
        op.baseSnapshot = baseSnapshot;
        auto id = m_store.outbox().append(op);
        if (!id)
            return id.error();
        outboxId = *id;
    }
    return recordHistory(operation, kind, entityId, payload, baseSnapshot, outboxId);
}

Status AdminService::recordHistory(const QString &operation, EntityKind kind,
                                   const QString &entityId, const QJsonObject &payload,
                                   const QJsonObject &baseSnapshot, qint64 outboxId)
{
    if (!m_actor) {
        // Read once per service: who signs the history, and how long it is kept.
        m_actor = QStringLiteral("local");
        if (m_kind == ProfileKind::Server) {
            auto record = SessionRecord::load(m_store);
            if (record && record->isSignedIn())
                m_actor = record->userName;
        }
        if (auto days = m_store.meta(HistoryTable::kRetentionKey); days && !days->isEmpty())
            m_store.history().setRetentionDays(days->toInt());
    }
    HistoryEntry e;
    e.actor = *m_actor;
    e.verb = operation;
    e.entityKind = entitykind::key(kind);
    e.entityId = entityId;
    e.entityName = payload.value(QStringLiteral("name"))
                       .toString(baseSnapshot.value(QStringLiteral("name")).toString());
    if (e.entityName.isEmpty() && (kind == EntityKind::User || kind == EntityKind::Team ||
                                   kind == EntityKind::Role || kind == EntityKind::Workspace)) {
        // Neither the payload nor the base holds the name (an edit on a local profile).
        auto ref = table(kind).refById(entityId);
        if (ref && ref.value())
            e.entityName = ref.value()->name;
    }
    e.outboxId = outboxId;
    e.undoOf = m_undoOf;
    if (kind == EntityKind::UserRoleAssignment || kind == EntityKind::TeamRoleAssignment) {
        // The payload names the subject, role and workspace by id; a person reads names.
        auto nameOf = [this](EntityKind of, const QString &id) {
            if (id.isEmpty())
                return QString();
            auto ref = table(of).refById(id);
            return ref && ref.value() ? ref.value()->name : id;
        };
        const bool team = kind == EntityKind::TeamRoleAssignment;
        const QString subjectKey = team ? QStringLiteral("team") : QStringLiteral("user");
        const QString subject =
            nameOf(team ? EntityKind::Team : EntityKind::User,
                   payload.value(subjectKey)
                       .toString(payload.value(QStringLiteral("subject")).toString()));
        const QString role =
            nameOf(EntityKind::Role, payload.value(QStringLiteral("role")).toString());
        const QString workspace =
            nameOf(EntityKind::Workspace, payload.value(QStringLiteral("workspace")).toString());
        e.entityName = workspace.isEmpty()
                           ? QStringLiteral("%1 → %2").arg(subject, role)
                           : QStringLiteral("%1 → %2 (%3)").arg(subject, role, workspace);
        e.fields.insert(subjectKey, QJsonObject{{QStringLiteral("new"), subject}});
        e.fields.insert(QStringLiteral("role"), QJsonObject{{QStringLiteral("new"), role}});
        if (!workspace.isEmpty())
            e.fields.insert(QStringLiteral("workspace"),
                            QJsonObject{{QStringLiteral("new"), workspace}});
        auto id = m_store.history().record(e);
        if (!id)
            return id.error();
        if (m_deferred)
            m_recorded << *id;
        return {};
    }
    // A team's members travel as user ids; the history names them.
    const auto readable = [this](const QString &key, const QJsonValue &value) -> QJsonValue {
        if (key != QLatin1String("users") || !value.isArray())
            return value;
        QJsonArray names;
        for (const QJsonValue &id : value.toArray()) {
            auto ref = table(EntityKind::User).refById(id.toString());
            names.append(ref && ref.value() ? ref.value()->name : id.toString());
        }
        return names;
    };
    // The old value is the one the edit was made on, where it is at hand; never a secret.
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString &key = it.key();
        if (key.contains(QLatin1String("password")) || key.contains(QLatin1String("token"))) {
            e.fields.insert(QStringLiteral("password"), QStringLiteral("password changed"));
            continue;
        }
        QJsonObject change{{QStringLiteral("new"), readable(key, it.value())}};
        const auto old = baseSnapshot.find(key);
        if (old != baseSnapshot.end()) {
            if (old.value() == it.value())
                continue;
            change.insert(QStringLiteral("old"), readable(key, old.value()));
        }
        e.fields.insert(key, change);
    }
    auto id = m_store.history().record(e);
    if (!id)
        return id.error();
    if (m_deferred)
        m_recorded << *id;
    return {};
}

Status AdminService::deleteRows(EntityKind kind, const QString &operation,
                                const QStringList &references,
                                const std::function<Status(const QString &id)> &check)
{
    auto ids = resolveAll(kind, references);
    if (!ids)
        return ids.error();
    NamedTable &rows = table(kind);
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun();
    for (const QString &id : *ids) {
        auto ref = rows.refById(id);
        if (!ref)
            return ref.error();
        if (check) {
            if (Status s = check(id); !s)
                return s;
        }
        auto sync = rows.syncInfo(id);
        if (!sync)
            return sync.error();
        auto base = baseSnapshotOf(kind, id);
        if (!base)
            return base.error();
        if (Status s = rows.remove(id); !s)
            return s;
        const QString name = ref.value() ? ref.value()->name : QString();
        if (Status s = queue(operation, kind, id, {{QStringLiteral("name"), name}},
                             sync->baseUpdated, *base);
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    announce(kind);
    return {};
}

Status AdminService::atomically(const std::function<Status()> &work)
{
    // Listeners hear of the block's edits once it has ended: a view that reads on another
    // connection (the Users page loads on a worker thread) sees them only after the commit.
    const bool outermost = !m_deferred.has_value();
    if (outermost) {
        m_deferred.emplace();
        m_recorded.clear();
    }
    Status done;
    {
        Transaction tx(m_store.database());
        done = tx.begun();
        if (done)
            done = work();
        if (done)
            done = tx.commit();
    }
    if (!outermost)
        return done;
    m_lastEdit = done ? std::exchange(m_recorded, {}) : QList<qint64>();
    m_recorded.clear();
    const QSet<EntityKind> kinds = *std::exchange(m_deferred, std::nullopt);
    for (EntityKind kind : kinds) {
        m_store.announceEdit(kind);
        Q_EMIT changed(kind);
    }
    return done;
}

Status AdminService::undoing(const QList<qint64> &undone, const std::function<Status()> &work)
{
    const qint64 outerUndoOf = m_undoOf;
    m_undoOf = undone.isEmpty() ? 0 : *std::min_element(undone.begin(), undone.end());
    Status done = atomically([&]() -> Status {
        const qsizetype first = m_recorded.size();
        if (Status s = work(); !s)
            return s;
        if (undone.isEmpty())
            return {};
        const qint64 by = m_recorded.size() > first ? m_recorded.at(first) : 0;
        return m_store.history().markUndone(undone, by, QDateTime::currentDateTimeUtc());
    });
    m_undoOf = outerUndoOf;
    return done;
}

void AdminService::announce(EntityKind kind)
{
    if (m_deferred) {
        m_deferred->insert(kind);
        return;
    }
    m_store.announceEdit(kind);
    Q_EMIT changed(kind);
}

Result<QList<User>> AdminService::users(const UserQuery &query) const
{
    return m_store.users().list(query);
}

Result<QList<Team>> AdminService::teams(const QString &search) const
{
    return m_store.teams().list(search);
}

Result<Team> AdminService::team(const QString &reference) const
{
    auto ref = resolve(EntityKind::Team, reference);
    if (!ref)
        return ref.error();
    auto t = m_store.teams().byId(ref->id);
    if (!t)
        return t.error();
    return *t.value();
}

Result<QList<Role>> AdminService::roles() const
{
    return m_store.roles().list();
}

Result<Role> AdminService::role(const QString &reference) const
{
    auto ref = resolve(EntityKind::Role, reference);
    if (!ref)
        return ref.error();
    auto r = m_store.roles().byId(ref->id);
    if (!r)
        return r.error();
    return *r.value();
}

Result<QList<Workspace>> AdminService::workspaces() const
{
    return m_store.workspaces().list();
}

Result<QList<AssignmentView>> AdminService::assignments(const QString &user, const QString &team,
                                                        const QString &role,
                                                        const QString &workspace) const
{
    AssignmentQuery query;
    if (!user.isEmpty() && !team.isEmpty())
        return Error::make(ErrorKind::Usage, tr("Filter by a user or by a team, not both."));
    if (!user.isEmpty()) {
        auto ref = resolve(EntityKind::User, user);
        if (!ref)
            return ref.error();
        query.kind = SubjectKind::User;
        query.subjectId = ref->id;
    }
    if (!team.isEmpty()) {
        auto ref = resolve(EntityKind::Team, team);
        if (!ref)
            return ref.error();
        query.kind = SubjectKind::Team;
        query.subjectId = ref->id;
    }
    if (!role.isEmpty()) {
        auto ref = resolve(EntityKind::Role, role);
        if (!ref)
            return ref.error();
        query.roleId = ref->id;
    }
    if (!workspace.isEmpty()) {
        auto ref = resolve(EntityKind::Workspace, workspace);
        if (!ref)
            return ref.error();
        query.workspaceId = ref->id;
    }
    return m_store.assignments().list(query);
}

} // namespace zenml
