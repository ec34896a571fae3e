#pragma once

#include "sync/syncengine.h"

#include <optional>

namespace zenml {
class ServerConnection;
}

namespace zenml::cli {

class Context;

// How the command line runs the sync engine (login's first pull, sync, the push after an invite).

// Re-login through `connection` on a 401, and the profile's keychain entry for queued passwords.
void setUpEngine(sync::SyncEngine &engine, Context &ctx, ServerConnection &connection);

// Starts one sync and waits for its report; nullopt when it could not start (offline or busy).
std::optional<sync::SyncReport> syncAndWait(sync::SyncEngine &engine, sync::SyncMode mode,
                                            bool full = false);

} // namespace zenml::cli
