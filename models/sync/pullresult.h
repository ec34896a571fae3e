#pragma once

#include "domain/error.h"
#include "remote/remoterow.h"

#include <QList>
#include <optional>

namespace zenml::sync {

// The lists one pull fetched; an unset list was not fetched. `full` marks lists that hold every
// row of their kind (the first pull and the sweep), which is what lets a pull find deletions.
struct PullResult
{
    template<typename Row> struct Listing
    {
        std::optional<QList<Row>> rows;
        bool full = false;
        QString previousWatermark; // the newest `updated` known before this pull
        // The list re-read the margin before previousWatermark long enough after the pull that
        // set it: once it holds nothing newer, later pulls may start right after it.
        bool settlesWatermark = false;
    };
    Listing<remote::RemoteWorkspace> workspaces;
    Listing<remote::RemoteRole> roles;
    Listing<remote::RemoteUser> users;
    Listing<remote::RemoteTeam> teams;
    Listing<remote::RemoteAssignment> userAssignments;
    Listing<remote::RemoteAssignment> teamAssignments;
};

struct PullReport
{
    int written = 0;   // rows inserted or changed in the mirror
    int removed = 0;   // rows the server no longer has
    int conflicts = 0; // server changes held back because of a pending local change
    int requests = 0;  // list pages fetched
    bool swept = false;
    std::optional<Error> error;
};

} // namespace zenml::sync
