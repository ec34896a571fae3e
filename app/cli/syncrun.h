#pragma once

#include "sync/syncengine.h"
#include "sync/syncwaiter.h"

namespace zenml {
class ServerConnection;
}

namespace zenml::cli {

class Context;

// How the command line runs the sync engine (login's first pull, sync, the push after an invite).

// Re-login through `connection` on a 401, and the profile's keychain entry for queued passwords.
void setUpEngine(sync::SyncEngine &engine, Context &ctx, ServerConnection &connection);
// Then one sync and its report: sync::awaitSync.

} // namespace zenml::cli
