#pragma once

#include "auth/session.h"
#include "domain/error.h"
#include "domain/permission.h"

#include <QString>

namespace zenml {

class LocalStore;

// The NON-secret facts of the last sign-in to a server profile, kept in the profile's meta table
// so that permission gating works offline and across command line runs: who signed in, what the
// token allowed, which server and version. The token itself is never stored.
struct SessionRecord
{
    QString userId;   // the token's "sub"
    QString userName; // the name the admin signed in with
    Permissions permissions;
    QString serverId;      // /info "id"
    QString serverVersion; // /info "version"

    bool isSignedIn() const { return !userId.isEmpty(); }

    static Result<SessionRecord> load(const LocalStore &store);
    Status save(LocalStore &store) const;
    // Forgets the sign-in (logout); the server id and version stay, they describe the server.
    static Status clear(LocalStore &store);

    // A Session that answers can()/require() as the recorded sign-in would, for gating edits
    // without a token. Its bearer token is a placeholder that must never be sent anywhere.
    Session gateSession() const;
};

} // namespace zenml
