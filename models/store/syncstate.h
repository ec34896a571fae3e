#pragma once

namespace zenml {

// Where a mirror row stands relative to the server (see the sync contract).
enum class SyncState {
    Clean = 0,    // as last seen on the server (or a local profile's row)
    Created = 1,  // created here, not yet on the server; id is a local temporary id
    Modified = 2, // changed here since the base
};

} // namespace zenml
