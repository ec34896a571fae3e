#pragma once

#include "domain/error.h"

#include <QLockFile>
#include <memory>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

// The profile's sync lock (LocalStore::syncLockPath), across processes and windows. A sync holds
// it from start to finish (SyncEngine); a change of the queue made beside a sync (pending retry
// and drop, conflict resolution, from the app or the command line) holds it for that change, so
// that nothing changes an operation while a sync is sending it. A lock whose process is gone is
// taken over. ErrorKind::Busy, naming the holder, while another holds it.
//
// ownProcess: whether a lock held by this very process counts as free. The app's Pending and
// Conflicts pages pass true: their window's own engine already re-reads each operation before
// it sends it; what they must not race is another process. The value is then null.
Result<std::unique_ptr<QLockFile>> takeSyncLock(const LocalStore &store, bool ownProcess = false);

} // namespace zenml::sync
