#pragma once

#include "adminservice.h"
#include "domain/error.h"

#include <QString>

class QLockFile;
#include <memory>

namespace zenml {

class LocalStore;

struct ProfileInfo
{
    QString name;
    ProfileKind kind = ProfileKind::Local;
    QString serverUrl;   // server profiles only
    QString username;    // server profiles only
    QString fingerprint; // pinned SHA-256 certificate fingerprint, if any
    QString path;        // the SQLite file

    // Same server, user and pinned certificate: a sign-in made with one holds for the other.
    bool signsInLike(const ProfileInfo &other) const
    {
        return serverUrl == other.serverUrl && username == other.username &&
               fingerprint == other.fingerprint;
    }
};

// The profiles in a data folder: one SQLite file each under profiles/, and the active profile's
// name in settings.ini. The folder is the platform's app data folder unless overridden by
// --data-dir or ZENML_ADMIN_DATA_DIR.
class ProfileManager
{
public:
    explicit ProfileManager(QString dataDir);

    static QString defaultDataDir();
    // The app's own settings file (window sizes, columns) lives outside the data folder and is
    // kept 0600 like the files in it.
    static void makeSettingsFilePrivate(const QString &path);
    static Status validateProfileName(const QString &name);
    static inline const QString kDefaultProfile = QStringLiteral("default");

    QString dataDir() const { return m_dataDir; }
    Status ensureDataDir() const;

    Result<QList<ProfileInfo>> list() const;
    // The profiles' names, sorted, from the file names alone (no profile is opened).
    QStringList names() const;
    Result<ProfileInfo> info(const QString &name) const;
    bool exists(const QString &name) const;
    // The profile's SQLite file (which may not exist yet).
    QString filePath(const QString &name) const { return pathOf(name); }
    Result<ProfileInfo> createLocal(const QString &name);
    Result<ProfileInfo> createServer(const QString &name, const QString &url,
                                     const QString &username);
    Status update(const ProfileInfo &info);
    // Edits queued in a profile and not yet on its server: pending, failed or in conflict.
    Result<int> unsentChanges(const QString &name) const;
    // Deletes a profile's file. Refused while a window has it open or a sync runs on it
    // (ErrorKind::Busy), and while it still holds unsent changes (ErrorKind::Forbidden) unless
    // discardUnsent says the admin chose to lose them.
    Status remove(const QString &name, bool discardUnsent = false);

    // The active profile; "default" when none was chosen.
    QString activeProfile() const;
    Status setActiveProfile(const QString &name);

    // Opens a profile's store. The default local profile is created on first use.
    Result<std::unique_ptr<LocalStore>> open(const QString &name);
    // For a window that opens the profile: a lock it holds for as long as it has it open, so that
    // no process deletes the profile under it. Null when another process holds it already (a
    // second window on the same profile).
    std::unique_ptr<QLockFile> holdOpen(const QString &name) const;

private:
    QString pathOf(const QString &name) const;
    Result<ProfileInfo> readInfo(const QString &name, LocalStore &store) const;

    QString m_dataDir;
};

} // namespace zenml
