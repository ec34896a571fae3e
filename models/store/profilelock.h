#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace zenml {

// One try at a lock file beside a profile (LocalStore::openLockPath, syncLockPath). A lock taken
// is held for as long as `lock` lives, however long that is: it goes stale only once the process
// that took it is gone. The window that has a profile open, a sync, and a profile's deletion
// all take theirs through here.
struct ProfileLock
{
    std::unique_ptr<QLockFile> lock; // null when not taken
    bool heldElsewhere = false;      // a running process holds it (else: it could not be made)
    qint64 pid = 0;                  // that process, when its lock file could be read
    QString app;

    static ProfileLock tryTake(const QString &path);
};

} // namespace zenml
