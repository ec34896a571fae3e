#include "outboxservice.h"

#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "store/workspacetable.h"
#include "sync/idtranslator.h"
#include "sync/pendingqueue.h"
#include "sync/synclock.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace zenml {

struct OutboxService::Names
{
    bool team = false;
    QString subject;
    QString role;
    QString workspace; // empty for a global assignment
    bool known() const { return !subject.isEmpty() && !role.isEmpty(); }
};

namespace {
// A name from the mirror for an id as queued (local, or the server's once its create was sent).
QString nameOf(NamedTable &table, const sync::IdTranslator &ids, const QString &id)
{
    auto ref = table.refById(ids.toServer(id));
    return ref && ref->has_value() ? ref->value().name : QString();
}

bool isAssignment(const OutboxOperation &op)
{
    return op.entityKind == EntityKind::UserRoleAssignment ||
           op.entityKind == EntityKind::TeamRoleAssignment;
}
} // namespace

OutboxService::OutboxService(LocalStore &store, LockScope scope)
    : m_store(store)
    , m_scope(scope)
{}

// An assignment by the names of its subject, role and workspace: from the mirror's row, or for a
// revoke (its row is gone) from the ids the operation carries.
OutboxService::Names OutboxService::assignmentNames(const sync::IdTranslator &ids,
                                                    const OutboxOperation &op) const
{
    Names names;
    names.team = op.entityKind == EntityKind::TeamRoleAssignment;
    const SubjectKind kind = names.team ? SubjectKind::Team : SubjectKind::User;
    QString subjectId = op.payload.value(QStringLiteral("subject")).toString();
    QString roleId = op.payload.value(QStringLiteral("role")).toString();
    QString workspaceId = op.payload.value(QStringLiteral("workspace")).toString();
    auto row = m_store.assignments().byId(kind, ids.toServer(op.entityId));
    if (row && row->has_value()) {
        subjectId = (*row)->subjectId;
        roleId = (*row)->roleId;
        workspaceId = (*row)->workspaceId;
    }
    NamedTable &subjects = names.team ? static_cast<NamedTable &>(m_store.teams())
                                      : static_cast<NamedTable &>(m_store.users());
    names.subject = nameOf(subjects, ids, subjectId);
    names.role = nameOf(m_store.roles(), ids, roleId);
    if (!workspaceId.isEmpty()) {
        names.workspace = nameOf(m_store.workspaces(), ids, workspaceId);
        if (names.workspace.isEmpty())
            names.workspace = workspaceId;
    }
    return names;
}

QString OutboxService::changeText(const OutboxOperation &operation) const
{
    auto ids = sync::IdTranslator::load(m_store.database());
    return changeText(ids ? *ids : sync::IdTranslator(), operation);
}

QString OutboxService::changeText(const sync::IdTranslator &ids, const OutboxOperation &op) const
{
    const QString &o = op.operation;
    if (isAssignment(op)) {
        const bool assign =
            o == OutboxOperation::AssignUserRole || o == OutboxOperation::AssignTeamRole;
        const Names n = assignmentNames(ids, op);
        if (!n.known())
            return assign ? tr("Assign a role") : tr("Revoke a role");
        if (assign && n.team)
            return n.workspace.isEmpty()
                       ? tr("Assign role %1 to team %2").arg(n.role, n.subject)
                       : tr("Assign role %1 to team %2 in %3").arg(n.role, n.subject, n.workspace);
        if (assign)
            return n.workspace.isEmpty()
                       ? tr("Assign role %1 to %2").arg(n.role, n.subject)
                       : tr("Assign role %1 to %2 in %3").arg(n.role, n.subject, n.workspace);
        if (n.team)
            return n.workspace.isEmpty() ? tr("Revoke role %1 from team %2").arg(n.role, n.subject)
                                         : tr("Revoke role %1 from team %2 in %3")
                                               .arg(n.role, n.subject, n.workspace);
        return n.workspace.isEmpty()
                   ? tr("Revoke role %1 from %2").arg(n.role, n.subject)
                   : tr("Revoke role %1 from %2 in %3").arg(n.role, n.subject, n.workspace);
    }
    static const QHash<QString, const char *> texts{
        {OutboxOperation::CreateUser, QT_TR_NOOP("Create user")},
        {OutboxOperation::UpdateUser, QT_TR_NOOP("Update user")},
        {OutboxOperation::DeleteUser, QT_TR_NOOP("Delete user")},
        {OutboxOperation::DeactivateUser, QT_TR_NOOP("New invitation link")},
        {OutboxOperation::CreateTeam, QT_TR_NOOP("Create team")},
        {OutboxOperation::UpdateTeam, QT_TR_NOOP("Update team")},
        {OutboxOperation::SetTeamMembers, QT_TR_NOOP("Change team members")},
        {OutboxOperation::DeleteTeam, QT_TR_NOOP("Delete team")},
        {OutboxOperation::CreateRole, QT_TR_NOOP("Create role")},
        {OutboxOperation::UpdateRole, QT_TR_NOOP("Update role")},
        {OutboxOperation::DeleteRole, QT_TR_NOOP("Delete role")},
        {OutboxOperation::CreateWorkspace, QT_TR_NOOP("Create workspace")},
        {OutboxOperation::UpdateWorkspace, QT_TR_NOOP("Update workspace")},
        {OutboxOperation::DeleteWorkspace, QT_TR_NOOP("Delete workspace")}};
    const char *text = texts.value(o);
    return text ? tr(text) : o;
}

QString OutboxService::rowText(const sync::IdTranslator &ids, const OutboxOperation &op,
                               const QString &entityName) const
{
    if (!entityName.isEmpty())
        return entityName;
    if (isAssignment(op)) {
        const Names n = assignmentNames(ids, op);
        if (n.known() && n.workspace.isEmpty())
            //: A queued role assignment: user or team name → role name
            return tr("%1 → %2").arg(n.subject, n.role);
        if (n.known())
            //: A queued role assignment in one workspace: user or team name → role name in
            //: workspace
            return tr("%1 → %2 in %3").arg(n.subject, n.role, n.workspace);
    }
    return op.entityId;
}

Result<QList<PendingChange>> OutboxService::pending() const
{
    auto entries = sync::PendingQueue(m_store).list();
    if (!entries)
        return entries.error();
    // A change queued offline keeps the local id of its row; once pushed, the row has the
    // server's. The map finds it, so that an assignment can be named.
    auto loaded = sync::IdTranslator::load(m_store.database());
    const sync::IdTranslator ids = loaded ? *loaded : sync::IdTranslator();
    QList<PendingChange> out;
    out.reserve(entries->size());
    for (const sync::PendingEntry &e : std::as_const(*entries)) {
        out << PendingChange{e.operation, changeText(ids, e.operation),
                             rowText(ids, e.operation, e.entityName), e.request,
                             readableTimes(e.operation.lastError)};
    }
    return out;
}

Status OutboxService::locked(const std::function<Status()> &change)
{
    auto lock = sync::takeSyncLock(m_store, m_scope == LockScope::OtherProcesses);
    if (!lock)
        return lock.error();
    return change();
}

Status OutboxService::retry(const QList<qint64> &operationIds)
{
    return locked([&] { return sync::PendingQueue(m_store).retry(operationIds); });
}

Status OutboxService::drop(const QList<qint64> &operationIds)
{
    return locked([&] { return sync::PendingQueue(m_store).drop(operationIds); });
}

Result<QList<OutboxService::Conflict>> OutboxService::conflicts() const
{
    return sync::ConflictResolver(m_store).list();
}

Status OutboxService::resolve(const QList<qint64> &operationIds, Resolution resolution)
{
    const auto choice = resolution == Resolution::KeepMine
                            ? sync::ConflictResolver::Choice::KeepMine
                            : sync::ConflictResolver::Choice::TakeServer;
    return locked([&] { return sync::ConflictResolver(m_store).resolve(operationIds, choice); });
}

QString OutboxService::statusText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return tr("Pending");
    case OutboxStatus::InFlight:
        return tr("Sending");
    case OutboxStatus::Done:
        return tr("Done");
    case OutboxStatus::Failed:
        return tr("Failed");
    case OutboxStatus::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString OutboxService::readableTimes(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?"));
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    QString out;
    qsizetype from = 0;
    auto it = iso.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        // Milliseconds at most, which Qt reads; a time without a zone is the server's UTC.
        const QString zone = m.captured(3).isEmpty() ? QStringLiteral("Z") : m.captured(3);
        const QString fraction = m.captured(2).left(4);
        const QDateTime time =
            QDateTime::fromString(m.captured(1) + fraction + zone, Qt::ISODateWithMs);
        out += text.mid(from, m.capturedStart() - from);
        out += time.isValid() ? locale.toString(time.toLocalTime(), format) : m.captured();
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace zenml
