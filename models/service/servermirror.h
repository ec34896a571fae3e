#pragma once

#include "domain/error.h"
#include "remote/remoterow.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace zenml {

class LocalStore;
namespace remote {
class RemoteApi;
}

// A full pull of a server's user management into a profile's mirror: users, teams, roles,
// workspaces and both kinds of role assignment. Rows the admin changed locally and has not
// pushed yet (state created or modified) are left alone; clean rows take the server's values;
// clean rows the server no longer has are removed. Everything is applied in ONE transaction after
// every list arrived, so a failed pull leaves the mirror as it was.
//
// Stands in until models/sync's SyncEngine offers its own full pull.
class ServerMirror : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        QList<remote::RemoteUser> users;
        QList<remote::RemoteTeam> teams;
        QList<remote::RemoteRole> roles;
        QList<remote::RemoteWorkspace> workspaces;
        QList<remote::RemoteAssignment> userAssignments;
        QList<remote::RemoteAssignment> teamAssignments;
    };
    using Done = std::function<void(const Status &)>;

    explicit ServerMirror(LocalStore &store, QObject *parent = nullptr);

    // Fetches every list with `api` (its token must be set), then applies them; `done` is called
    // once, in this object's thread, unless this object is destroyed first.
    void pull(const remote::RemoteApi &api, Done done);
    Status pullSync(const remote::RemoteApi &api); // for the headless CLI

    // The apply step on its own (tests use it with hand-made snapshots).
    static Status apply(LocalStore &store, const Snapshot &snapshot);

private:
    LocalStore &m_store;
};

} // namespace zenml
