#include "synclock.h"

#include "store/localstore.h"
#include "store/profilelock.h"

#include <QCoreApplication>
#include <QDir>

namespace zenml::sync {

namespace {
// The context lupdate records for this file's messages.
struct SyncLock
{
    Q_DECLARE_TR_FUNCTIONS(zenml::sync::SyncLock)
};
} // namespace

Result<std::unique_ptr<QLockFile>> takeSyncLock(const LocalStore &store, bool ownProcess)
{
    const QString path = LocalStore::syncLockPath(store.path());
    ProfileLock attempt = ProfileLock::tryTake(path);
    if (attempt.lock)
        return std::move(attempt.lock);
    if (!attempt.heldElsewhere)
        return Error::make(ErrorKind::Io, SyncLock::tr("Cannot create the sync lock '%1'. Check "
                                                       "that the profile's folder is writable.")
                                              .arg(QDir::toNativeSeparators(path)));
    if (attempt.pid == 0)
        return Error::make(ErrorKind::Busy, SyncLock::tr("Another sync of this profile is "
                                                         "running. Try again when it has ended."));
    if (ownProcess && attempt.pid == QCoreApplication::applicationPid())
        return std::unique_ptr<QLockFile>();
    return Error::make(ErrorKind::Busy,
                       SyncLock::tr("Another sync of this profile is running (%1, process %2). "
                                    "Try again when it has ended.")
                           .arg(attempt.app)
                           .arg(attempt.pid));
}

} // namespace zenml::sync
