#include "synclock.h"

#include "store/localstore.h"

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
    auto lock = std::make_unique<QLockFile>(path);
    // Held for as long as a sync runs, however long that is: only a dead holder makes it stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        return Error::make(ErrorKind::Io, SyncLock::tr("Cannot create the sync lock '%1'. Check "
                                                       "that the profile's folder is writable.")
                                              .arg(QDir::toNativeSeparators(path)));
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock->getLockInfo(&pid, &host, &app)) {
        if (ownProcess && pid == QCoreApplication::applicationPid())
            return std::unique_ptr<QLockFile>();
        return Error::make(ErrorKind::Busy,
                           SyncLock::tr("Another sync of this profile is running (%1, process "
                                        "%2). Try again when it has ended.")
                               .arg(app)
                               .arg(pid));
    }
    return Error::make(ErrorKind::Busy, SyncLock::tr("Another sync of this profile is running. "
                                                     "Try again when it has ended."));
}

} // namespace zenml::sync
