#pragma once

#include "accessgrant.h"
#include "domain/error.h"

#include <optional>

namespace zenml {
class AdminService;
}

namespace zenml::review {

class MirrorSnapshot;

// Effective permissions and who-can, from the local mirror. A user's permissions in a workspace
// are the union of the roles it holds there and globally, its own and its teams'.
class AccessQuery
{
public:
    explicit AccessQuery(AdminService &service);

    // userReference and workspaceReference as the CLI takes them (name, id or unique prefix); an
    // empty workspace gives the global row (what holds in every workspace).
    Result<EffectivePermissions> effective(const QString &userReference,
                                           const QString &workspaceReference = {}) const;
    // The global row, then one row for each workspace where the user holds more than globally.
    Result<QList<EffectivePermissions>> byWorkspace(const QString &userReference) const;
    // Every user who holds the permission in the workspace (globally or there); with no
    // workspace, anywhere. Sorted by user name.
    Result<QList<Holder>> whoCan(Permission permission,
                                 const QString &workspaceReference = {}) const;

    // The computations themselves, on a loaded snapshot (the review and tests use them).
    static EffectivePermissions compute(const MirrorSnapshot &mirror, int user,
                                        const QString &workspaceId, bool enforced);
    static QList<EffectivePermissions> computeByWorkspace(const MirrorSnapshot &mirror, int user,
                                                          bool enforced);
    // anyWorkspace: every scope counts; else global paths and those in workspaceId.
    static QList<Holder> computeWhoCan(const MirrorSnapshot &mirror, Permission permission,
                                       bool anyWorkspace, const QString &workspaceId);

private:
    bool enforced() const;

    AdminService &m_service;
};

} // namespace zenml::review
