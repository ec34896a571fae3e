#pragma once

#include "domain/error.h"

#include <QString>

namespace zenml {
class AdminService;
}

namespace zenml::test {

class TestServer;

// A day of offline admin work on a server profile: roles, `users` users (half of them with a
// role given at creation), a team with members, a team role, renames, extra assignments and a
// delete. Queued through the facade, so every edit is one outbox operation (or a few).
Status queueWorkload(AdminService &service, int users);

// Compares the server with what the workload must leave there; empty when it matches exactly
// (nothing lost, nothing twice), else a description of the first differences. Users the server
// was seeded with (TestServer::seed, "user00000"...) are passed over when `seeded` says so.
QString checkWorkload(const TestServer &server, int users, bool seeded = false);

} // namespace zenml::test
