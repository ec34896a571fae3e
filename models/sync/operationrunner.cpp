#include "operationrunner.h"

#include "operationrequest.h"
#include "remote/remoteapi.h"
#include "rowsnapshot.h"

#include <QJsonArray>
#include <algorithm>

namespace zenml::sync {

namespace {
using Op = OutboxOperation;
using namespace zenml::remote;

QStringList sortedStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    out.sort();
    return out;
}

} // namespace

OperationRunner::OperationRunner(RemoteApi &api, OutboxOperation op, const IdTranslator &ids,
                                 bool mayHaveBeenSent, std::optional<QString> password,
                                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_op(std::move(op))
    , m_ids(ids)
    , m_mayHaveBeenSent(mayHaveBeenSent)
    , m_password(std::move(password))
{}

OperationRunner::~OperationRunner()
{
    abort();
}

void OperationRunner::abort()
{
    if (m_job)
        m_job->abort();
}

void OperationRunner::track(RemoteJob *job)
{
    m_job = job;
    job->start();
}

void OperationRunner::finish(const OperationOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
}

void OperationRunner::fetchRow(const ApiCall &call, const RowDone &done)
{
    QNetworkAccessManager *net = m_api.network();
    const ServerEndpoint &ep = m_api.endpoint();
    auto deliver = [done](const auto &result) {
        if (!result)
            done(result.error());
        else
            done(RowReply{snapshot::of(*result), {}});
    };
    switch (m_op.entityKind) {
    case EntityKind::User: {
        auto *job = new UserJob(net, ep, call);
        connect(job, &UserJob::finished, this, [done](const Result<RemoteUser> &r) {
            if (!r)
                done(r.error());
            else
                done(RowReply{snapshot::of(*r), r->activationToken});
        });
        track(job);
        return;
    }
    case EntityKind::Team: {
        auto *job = new TeamJob(net, ep, call);
        connect(job, &TeamJob::finished, this, deliver);
        track(job);
        return;
    }
    case EntityKind::Role: {
        auto *job = new RoleJob(net, ep, call);
        connect(job, &RoleJob::finished, this, deliver);
        track(job);
        return;
    }
    case EntityKind::Workspace: {
        auto *job = new WorkspaceJob(net, ep, call);
        connect(job, &WorkspaceJob::finished, this, deliver);
        track(job);
        return;
    }
    case EntityKind::UserRoleAssignment:
    case EntityKind::TeamRoleAssignment: {
        auto *job = new AssignmentJob(net, ep, call,
                                      m_op.entityKind == EntityKind::UserRoleAssignment
                                          ? SubjectKind::User
                                          : SubjectKind::Team);
        connect(job, &AssignmentJob::finished, this, deliver);
        track(job);
        return;
    }
    }
}

void OperationRunner::listAssignments(const AssignmentsDone &done)
{
    const bool user = m_op.entityKind == EntityKind::UserRoleAssignment;
    const QString subject =
        m_op.payload.value(user ? QStringLiteral("user") : QStringLiteral("team")).toString();
    ListQuery query;
    query.where(user ? QStringLiteral("user_id") : QStringLiteral("team_id"),
                m_ids.toServer(subject));
    query.where(QStringLiteral("role_id"),
                m_ids.toServer(m_op.payload.value(QStringLiteral("role")).toString()));
    AssignmentListJob *job =
        user ? m_api.listUserAssignments(query) : m_api.listTeamAssignments(query);
    connect(job, &AssignmentListJob::finished, this, done);
    track(job);
}

void OperationRunner::start()
{
    const auto check = OperationRequest::baseCheck(m_op, m_ids);
    if (!check) {
        send();
        return;
    }
    fetchRow(*check, [this](const Result<RowReply> &current) {
        if (!current) {
            if (current.error().kind == ErrorKind::NotFound) {
                if (OperationRequest::isDelete(m_op))
                    finish(OperationOutcome::done()); // gone already: what we wanted
                else
                    finish(
                        OperationOutcome::conflict({}, tr("The row was deleted on the server.")));
                return;
            }
            finish(OperationOutcome::fromError(current.error()));
            return;
        }
        const QString serverUpdated = current->row.value(QStringLiteral("updated")).toString();
        if (!m_op.baseUpdated.isEmpty() && serverUpdated != m_op.baseUpdated && m_mayHaveBeenSent &&
            !OperationRequest::isDelete(m_op) && carriesOurChange(current->row)) {
            // An earlier attempt was applied but its answer was lost: the row moved on with
            // exactly our change. Done, not a conflict.
            OperationOutcome o = OperationOutcome::done(current->row);
            o.adopted = true;
            finish(o);
            return;
        }
        if (!m_op.baseUpdated.isEmpty() && serverUpdated != m_op.baseUpdated) {
            finish(OperationOutcome::conflict(
                current->row, tr("The row was changed on the server (at %1) after the version "
                                 "this edit was made on (%2).")
                                  .arg(serverUpdated, m_op.baseUpdated)));
            return;
        }
        send();
    });
}

void OperationRunner::send()
{
    auto call = OperationRequest::build(m_op, m_ids, m_password);
    if (!call) {
        finish(OperationOutcome::fromError(call.error()));
        return;
    }
    // The server stores duplicate team assignments, so a retry looks before it creates.
    if (m_op.operation == Op::AssignTeamRole && m_mayHaveBeenSent) {
        adoptAssignment({}, true);
        return;
    }
    if (call->verb == "DELETE") {
        auto *job = new DeleteJob(m_api.network(), m_api.endpoint(), *call);
        connect(job, &DeleteJob::finished, this, [this](const Status &s) {
            if (s || s.error().kind == ErrorKind::NotFound)
                finish(OperationOutcome::done());
            else
                finish(OperationOutcome::fromError(s.error()));
        });
        track(job);
        return;
    }
    fetchRow(*call, [this](const Result<RowReply> &reply) { onSent(reply); });
}

void OperationRunner::onSent(const Result<RowReply> &reply)
{
    if (reply && m_op.operation == Op::AssignTeamRole) {
        removeDuplicates(reply->row);
        return;
    }
    if (reply) {
        finish(OperationOutcome::done(reply->row, reply->token));
        return;
    }
    const Error &e = reply.error();
    if (e.kind == ErrorKind::AlreadyExists && m_op.operation == Op::AssignUserRole) {
        adoptAssignment(e, false); // 409: the assignment exists, which is what we wanted
        return;
    }
    if (e.kind == ErrorKind::AlreadyExists && OperationRequest::isCreate(m_op) &&
        m_mayHaveBeenSent) {
        adoptCreate(e);
        return;
    }
    if (e.kind == ErrorKind::NotFound && !OperationRequest::isCreate(m_op)) {
        finish(OperationOutcome::conflict({}, tr("The row was deleted on the server.")));
        return;
    }
    finish(OperationOutcome::fromError(e));
}

bool OperationRunner::carriesOurChange(const QJsonObject &row) const
{
    if (m_op.operation == Op::DeactivateUser || OperationRequest::needsPassword(m_op))
        return false; // nothing in the row shows that these were applied
    if (m_op.payload.isEmpty())
        return false;
    for (auto it = m_op.payload.constBegin(); it != m_op.payload.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("email"))
            continue; // the server does not show it
        if (key == QLatin1String("users")) {
            QStringList sent = m_ids.toServer(sortedStrings(it.value()));
            sent.sort();
            if (sortedStrings(row.value(key)) != sent)
                return false;
        } else if (key == QLatin1String("permissions")) {
            if (sortedStrings(row.value(key)) != sortedStrings(it.value()))
                return false;
        } else if (row.value(key) != it.value()) {
            return false;
        }
    }
    return true;
}

bool OperationRunner::isOurs(const QJsonObject &row) const
{
    const QJsonObject &p = m_op.payload;
    switch (m_op.entityKind) {
    case EntityKind::User:
        return row.value(QStringLiteral("full_name")).toString() ==
                   p.value(QStringLiteral("full_name")).toString() &&
               row.value(QStringLiteral("active")).toBool() ==
                   OperationRequest::needsPassword(m_op);
    case EntityKind::Team: {
        QStringList sent = m_ids.toServer(sortedStrings(p.value(QStringLiteral("users"))));
        sent.sort();
        return sortedStrings(row.value(QStringLiteral("users"))) == sent;
    }
    case EntityKind::Role:
        return sortedStrings(row.value(QStringLiteral("permissions"))) ==
               sortedStrings(p.value(QStringLiteral("permissions")));
    case EntityKind::Workspace:
        return row.value(QStringLiteral("description")).toString() ==
               p.value(QStringLiteral("description")).toString();
    default:
        return false;
    }
}

void OperationRunner::removeDuplicates(const QJsonObject &ours)
{
    const QString ourId = ours.value(QStringLiteral("id")).toString();
    const QString workspace = ours.value(QStringLiteral("workspace")).toString();
    listAssignments([this, ours, ourId, workspace](const Result<QList<RemoteAssignment>> &rows) {
        if (!rows) {
            // Ours is in; a duplicate left by a lost first attempt is found by the next retry.
            finish(OperationOutcome::done(ours));
            return;
        }
        QStringList extra;
        for (const RemoteAssignment &a : *rows) {
            if (a.value.id != ourId && a.value.workspaceId == workspace)
                extra << a.value.id;
        }
        deleteNext(extra, ours);
    });
}

void OperationRunner::deleteNext(QStringList ids, const QJsonObject &ours)
{
    if (ids.isEmpty()) {
        finish(OperationOutcome::done(ours));
        return;
    }
    const QString id = ids.takeFirst();
    DeleteJob *job = m_api.deleteTeamAssignment(id);
    connect(job, &DeleteJob::finished, this,
            [this, ids, ours](const Status &) { deleteNext(ids, ours); });
    track(job);
}

void OperationRunner::adoptCreate(const Error &conflict)
{
    static const QHash<EntityKind, QString> collections{
        {EntityKind::User, QStringLiteral("/users/")},
        {EntityKind::Team, QStringLiteral("/teams/")},
        {EntityKind::Role, QStringLiteral("/roles/")},
        {EntityKind::Workspace, QStringLiteral("/workspaces/")}};
    const QString name = m_op.payload.value(QStringLiteral("name")).toString();
    const ApiCall get =
        RemoteApi::getCall(collections.value(m_op.entityKind) + ApiCall::segment(name));
    fetchRow(get, [this, conflict](const Result<RowReply> &existing) {
        if (!existing) {
            // Gone again (deleted in between): report the original refusal; a retry creates it.
            finish(
                OperationOutcome::fromError(existing.error().kind == ErrorKind::NotFound
                                                ? Error::make(ErrorKind::Server, conflict.message)
                                                : existing.error()));
            return;
        }
        if (!isOurs(existing->row)) {
            finish(OperationOutcome::fromError(conflict));
            return;
        }
        if (m_op.operation == Op::CreateUser && !OperationRequest::needsPassword(m_op) &&
            !existing->row.value(QStringLiteral("active")).toBool()) {
            renewInvitation(existing->row);
            return;
        }
        OperationOutcome o = OperationOutcome::done(existing->row);
        o.adopted = true;
        finish(o);
    });
}

void OperationRunner::renewInvitation(const QJsonObject &row)
{
    // The invitation we created is there, but its activation token came in the answer that was
    // lost, and the server shows it to no one again. Nobody can have used it (the user is still
    // inactive), so a new one replaces it, as "regenerate" does, and the link can be shared.
    const ApiCall renew = RemoteApi::deactivateCall(row.value(QStringLiteral("id")).toString());
    fetchRow(renew, [this, row](const Result<RowReply> &renewed) {
        // Without a new token the create is still done; the admin can regenerate the link.
        OperationOutcome o = renewed ? OperationOutcome::done(renewed->row, renewed->token)
                                     : OperationOutcome::done(row);
        o.adopted = true;
        finish(o);
    });
}

void OperationRunner::adoptAssignment(const Error &conflict, bool createIfMissing)
{
    const QString workspace =
        m_ids.toServer(m_op.payload.value(QStringLiteral("workspace")).toString());
    listAssignments([this, conflict, createIfMissing,
                     workspace](const Result<QList<RemoteAssignment>> &rows) {
        if (!rows) {
            finish(OperationOutcome::fromError(rows.error()));
            return;
        }
        const auto it = std::find_if(rows->cbegin(), rows->cend(), [&](const RemoteAssignment &a) {
            return a.value.workspaceId == workspace;
        });
        if (it != rows->cend()) {
            OperationOutcome o = OperationOutcome::done(snapshot::of(*it));
            o.adopted = true;
            finish(o);
            return;
        }
        if (!createIfMissing) {
            finish(OperationOutcome::fromError(conflict));
            return;
        }
        auto call = OperationRequest::build(m_op, m_ids);
        if (!call) {
            finish(OperationOutcome::fromError(call.error()));
            return;
        }
        fetchRow(*call, [this](const Result<RowReply> &reply) { onSent(reply); });
    });
}

} // namespace zenml::sync
