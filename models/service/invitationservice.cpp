// InvitationService: the verbs on invitations (invite, list, regenerate, revoke).
#include "invitationservice.h"

#include "domain/rules.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/transaction.h"
#include "store/usertable.h"

#include <QSet>
#include <algorithm>

namespace zenml {

InvitationService::InvitationService(AdminService &service, SecretStore &secrets,
                                     ProfileInfo profile, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_secrets(secrets)
    , m_profile(std::move(profile))
    , m_ledger(service.store())
{
    // A user deleted here (from any page) takes its token with it.
    connect(&m_service, &AdminService::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::User && isAvailable())
            cleanUp();
    });
}

QString InvitationService::unavailableReason()
{
    return tr("A local profile has no invitations: its users never sign in to a server, so there "
              "is no activation link to send. Connect a server profile to invite users.");
}

Status InvitationService::checkWrite(const QString &action) const
{
    if (!isAvailable())
        return Error::make(ErrorKind::Usage, unavailableReason());
    return m_gate ? m_gate(Permission::Write, action) : Status();
}

Result<User> InvitationService::invite(UserDraft draft)
{
    if (!isAvailable())
        return Error::make(ErrorKind::Usage, unavailableReason());
    draft.password.reset();
    auto user = m_service.createUser(draft);
    if (user)
        Q_EMIT invitationsChanged();
    return user;
}

Result<User> InvitationService::userOf(const QString &reference) const
{
    auto ref = m_service.resolve(EntityKind::User, reference);
    if (!ref)
        return ref.error();
    auto user = m_service.store().users().byId(ref->id);
    if (!user)
        return user.error();
    if (!user.value())
        return Error::make(ErrorKind::NotFound, tr("No user '%1'.").arg(reference));
    return *user.value();
}

Result<QSet<QString>> InvitationService::awaitingToken() const
{
    auto open = m_service.store().outbox().list({OutboxStatus::Pending, OutboxStatus::InFlight});
    if (!open)
        return open.error();
    QSet<QString> ids;
    for (const OutboxOperation &op : *open) {
        if (op.operation == OutboxOperation::CreateUser ||
            op.operation == OutboxOperation::DeactivateUser)
            ids.insert(op.entityId);
    }
    return ids;
}

Result<Invitation> InvitationService::describe(const User &user, const QSet<QString> &awaiting,
                                               const QHash<QString, QDateTime> &held) const
{
    Invitation inv;
    inv.user = user;
    const auto it = held.constFind(user.id);
    if (it != held.constEnd()) {
        inv.link = LinkState::Held;
        inv.received = *it;
    } else {
        inv.link = awaiting.contains(user.id) ? LinkState::AfterSync : LinkState::Missing;
    }
    AssignmentQuery query;
    query.kind = SubjectKind::User;
    query.subjectId = user.id;
    auto roles = m_service.store().assignments().list(query);
    if (!roles)
        return roles.error();
    for (const AssignmentView &a : *roles)
        inv.roles << (a.workspaceName.isEmpty()
                          ? a.roleName
                          : tr("%1 (in %2)").arg(a.roleName, a.workspaceName));
    return inv;
}

Result<QList<Invitation>> InvitationService::invitations() const
{
    if (!isAvailable())
        return QList<Invitation>();
    UserQuery query;
    query.active = false;
    auto users = m_service.users(query);
    if (!users)
        return users.error();
    auto awaiting = awaitingToken();
    if (!awaiting)
        return awaiting.error();
    auto held = m_ledger.all();
    if (!held)
        return held.error();
    QList<Invitation> out;
    for (const User &u : *users) {
        auto inv = describe(u, *awaiting, *held);
        if (!inv)
            return inv.error();
        out << *inv;
    }
    std::stable_sort(out.begin(), out.end(), [](const Invitation &a, const Invitation &b) {
        return a.user.created > b.user.created;
    });
    return out;
}

Result<Invitation> InvitationService::invitation(const QString &userReference) const
{
    auto user = userOf(userReference);
    if (!user)
        return user.error();
    auto awaiting = awaitingToken();
    if (!awaiting)
        return awaiting.error();
    auto held = m_ledger.all();
    if (!held)
        return held.error();
    return describe(*user, *awaiting, *held);
}

Status InvitationService::regenerate(const QStringList &userReferences)
{
    if (Status s = checkWrite(tr("regenerate an invitation link")); !s)
        return s;
    QList<User> users;
    for (const QString &reference : userReferences) {
        auto user = userOf(reference);
        if (!user)
            return user.error();
        if (user->name == rules::kDefaultUser)
            return Error::make(ErrorKind::Forbidden,
                               tr("The default user cannot be deactivated; the server depends on "
                                  "it."));
        if (user->name == m_profile.username)
            return Error::make(ErrorKind::Forbidden,
                               tr("'%1' is the account this profile signs in with; deactivating "
                                  "it would lock you out.")
                                   .arg(user->name));
        auto sync = m_service.store().users().syncInfo(user->id);
        if (!sync)
            return sync.error();
        if (sync->state == SyncState::Created)
            return Error::make(ErrorKind::Invalid,
                               tr("'%1' is not on the server yet; its link comes with the next "
                                  "sync.")
                                   .arg(user->name));
        users << *user;
    }
    LocalStore &store = m_service.store();
    Transaction tx(store.database());
    if (!tx.begun())
        return tx.begun();
    QStringList ids;
    for (User user : users) {
        const bool wasActive = user.active;
        user.active = false;
        if (wasActive) {
            if (Status s = store.users().update(user, SyncState::Modified); !s)
                return s;
        }
        OutboxOperation op;
        op.created = QDateTime::currentDateTimeUtc();
        op.operation = OutboxOperation::DeactivateUser;
        op.entityKind = EntityKind::User;
        op.entityId = user.id;
        op.payload = {{QStringLiteral("name"), user.name}};
        if (auto appended = store.outbox().append(op); !appended)
            return appended.error();
        ids << user.id;
    }
    if (Status s = tx.commit(); !s)
        return s;
    // The old links stop working once the server has the request; no use keeping them.
    removeTokens(ids);
    Q_EMIT m_service.changed(EntityKind::User);
    Q_EMIT invitationsChanged();
    return {};
}

Status InvitationService::revoke(const QStringList &userReferences)
{
    if (Status s = checkWrite(tr("revoke an invitation")); !s)
        return s;
    QStringList ids;
    for (const QString &reference : userReferences) {
        auto user = userOf(reference);
        if (!user)
            return user.error();
        if (user->active)
            return Error::make(ErrorKind::Invalid,
                               tr("'%1' is active, so it is no invitation; delete the user "
                                  "instead.")
                                   .arg(user->name));
        ids << user->id;
    }
    if (Status s = m_service.deleteUsers(ids); !s)
        return s;
    removeTokens(ids);
    Q_EMIT invitationsChanged();
    return {};
}

} // namespace zenml
