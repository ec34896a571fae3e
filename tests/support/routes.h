#pragma once

#include "router.h"
#include "serverstate.h"

namespace zenml::test {

// Each adds the routes of one resource of /api/v1 to the router.
void addAuthRoutes(Router &router, ServerState &state);
void addUserRoutes(Router &router, ServerState &state);
void addTeamRoutes(Router &router, ServerState &state);
void addRoleRoutes(Router &router, ServerState &state);
void addAssignmentRoutes(Router &router, ServerState &state);
void addWorkspaceRoutes(Router &router, ServerState &state);

} // namespace zenml::test
