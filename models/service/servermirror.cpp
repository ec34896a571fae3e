#include "servermirror.h"

#include "remote/remoteapi.h"

#include <QEventLoop>
#include <QPointer>
#include <memory>
#include <optional>

namespace zenml {

namespace {
using Step = std::function<void(std::function<void(Status)> next)>;

// One list job as a step: fills *target, then continues with the next step.
template<typename Job, typename Rows>
Step listStep(QObject *context, std::function<Job *()> make, Rows *target)
{
    return [context, make = std::move(make), target](std::function<void(Status)> next) {
        Job *job = make();
        QObject::connect(job, &Job::finished, context,
                         [target, next](const typename Job::ResultType &result) {
                             if (!result) {
                                 next(result.error());
                                 return;
                             }
                             *target = result.value();
                             next({});
                         });
        job->start();
    };
}

void runSteps(std::shared_ptr<QList<Step>> steps, qsizetype index,
              const std::function<void(Status)> &done)
{
    if (index >= steps->size()) {
        done({});
        return;
    }
    steps->at(index)([steps, index, done](const Status &status) {
        if (!status) {
            done(status);
            return;
        }
        runSteps(steps, index + 1, done);
    });
}
} // namespace

ServerMirror::ServerMirror(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void ServerMirror::pull(const remote::RemoteApi &api, Done done)
{
    using namespace remote;
    auto snapshot = std::make_shared<Snapshot>();
    auto steps = std::make_shared<QList<Step>>();
    // The api is copied: it is a small value (network pointer and endpoint).
    const RemoteApi copy = api;
    *steps << listStep<WorkspaceListJob>(
                  this, [copy] { return copy.listWorkspaces(); }, &snapshot->workspaces)
           << listStep<RoleListJob>(
                  this, [copy] { return copy.listRoles(); }, &snapshot->roles)
           << listStep<UserListJob>(
                  this, [copy] { return copy.listUsers(); }, &snapshot->users)
           << listStep<TeamListJob>(
                  this, [copy] { return copy.listTeams(); }, &snapshot->teams)
           << listStep<AssignmentListJob>(
                  this, [copy] { return copy.listUserAssignments(); }, &snapshot->userAssignments)
           << listStep<AssignmentListJob>(
                  this, [copy] { return copy.listTeamAssignments(); }, &snapshot->teamAssignments);
    QPointer<ServerMirror> self(this);
    runSteps(steps, 0, [self, snapshot, done = std::move(done)](const Status &status) {
        if (!self)
            return;
        done(status ? apply(self->m_store, *snapshot) : status);
    });
}

Status ServerMirror::pullSync(const remote::RemoteApi &api)
{
    std::optional<Status> result;
    QEventLoop loop;
    pull(api, [&result, &loop](const Status &status) {
        result = status;
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

} // namespace zenml
