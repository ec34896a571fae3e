#include "profilelock.h"

#include "privatefiles.h"

namespace zenml {

ProfileLock ProfileLock::tryTake(const QString &path)
{
    ProfileLock attempt;
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        // QLockFile creates it with the umask's mode; it names the process and the host.
        privatefiles::makePrivateFile(path);
        attempt.lock = std::move(lock);
        return attempt;
    }
    attempt.heldElsewhere = lock->error() == QLockFile::LockFailedError;
    if (attempt.heldElsewhere) {
        QString host;
        if (!lock->getLockInfo(&attempt.pid, &host, &attempt.app))
            attempt.pid = 0;
    }
    return attempt;
}

} // namespace zenml
