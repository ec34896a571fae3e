#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zenml::privatefiles {

namespace {
constexpr QFileDevice::Permissions kFolderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                 QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser;
} // namespace

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    // Best effort: a folder of another owner (made for this user by an admin) cannot be
    // changed, and need not stop the program.
    QFile::setPermissions(path, kFolderMode);
    return true;
}

bool makePrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return true;
    if ((info.permissions() & ~kFileMode) == 0)
        return true;
    // Only takes away: a file its owner made read-only stays read-only.
    return QFile::setPermissions(path, info.permissions() & kFileMode);
}

bool createPrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL: a file that appeared meanwhile is not ours to truncate; it is corrected instead.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makePrivateFile(path);
    // The umask may have removed bits but never adds any; fchmod makes the mode exact.
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

void correctTree(const QString &folder, int depth)
{
    const QFileInfo info(folder);
    if (!info.isDir() || info.isSymLink())
        return;
    if ((info.permissions() & ~kFolderMode) != 0)
        QFile::setPermissions(folder, info.permissions() & kFolderMode);
    const QDir dir(folder);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot |
                                           QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink())
            continue;
        if (entry.isDir()) {
            if (depth > 0)
                correctTree(entry.filePath(), depth - 1);
        } else {
            makePrivateFile(entry.filePath());
        }
    }
}

} // namespace zenml::privatefiles
