#include "profilemanager.h"

#include "store/localstore.h"
#include "store/outbox.h"
#include "store/privatefiles.h"
#include "store/profilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace zenml {

namespace {
// The context lupdate records for this file's messages (they are made in ProfileManager's
// members).
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("zenml::ProfileManager", text, comment, n);
}
const QString kProfilesFolder = QStringLiteral("profiles");
const QString kSuffix = QStringLiteral(".sqlite");
} // namespace

ProfileManager::ProfileManager(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QString ProfileManager::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("ZENML_ADMIN_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Status ProfileManager::validateProfileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return Error::make(ErrorKind::Invalid,
                           tr("'%1' cannot name a profile. Use 1 to 64 letters, digits, '.', '_' "
                              "or '-', starting with a letter or digit.")
                               .arg(name));
    return {};
}

Status ProfileManager::ensureDataDir() const
{
    const QString folder = QDir(m_dataDir).filePath(kProfilesFolder);
    if (!privatefiles::makePrivateFolder(m_dataDir) || !privatefiles::makePrivateFolder(folder) ||
        !QFileInfo(folder).isWritable())
        return Error::make(ErrorKind::Io,
                           tr("Cannot create the data folder '%1'. Choose a writable folder with "
                              "--data-dir or ZENML_ADMIN_DATA_DIR.")
                               .arg(QDir::toNativeSeparators(m_dataDir)));
    privatefiles::correctTree(m_dataDir);
    return {};
}

QString ProfileManager::pathOf(const QString &name) const
{
    return QDir(m_dataDir).filePath(kProfilesFolder + QLatin1Char('/') + name + kSuffix);
}

bool ProfileManager::exists(const QString &name) const
{
    return QFileInfo::exists(pathOf(name));
}

Result<ProfileInfo> ProfileManager::readInfo(const QString &name, LocalStore &store) const
{
    ProfileInfo info;
    info.name = name;
    info.path = store.path();
    auto kind = store.meta(QStringLiteral("profile_kind"));
    if (!kind)
        return kind.error();
    info.kind = *kind == QLatin1String("server") ? ProfileKind::Server : ProfileKind::Local;
    info.serverUrl = store.meta(QStringLiteral("server_url")).value();
    info.username = store.meta(QStringLiteral("username")).value();
    info.fingerprint = store.meta(QStringLiteral("pinned_fingerprint")).value();
    return info;
}

Result<QList<ProfileInfo>> ProfileManager::list() const
{
    QList<ProfileInfo> out;
    for (const QString &name : names()) {
        auto r = info(name);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

QStringList ProfileManager::names() const
{
    QStringList out;
    const QDir dir(QDir(m_dataDir).filePath(kProfilesFolder));
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name))
        out << file.completeBaseName();
    return out;
}

Result<ProfileInfo> ProfileManager::info(const QString &name) const
{
    if (!exists(name))
        return Error::make(ErrorKind::NotFound,
                           tr("There is no profile named '%1'. List the profiles with "
                              "'zenml-admin profile list'.")
                               .arg(name));
    auto store = LocalStore::open(pathOf(name));
    if (!store)
        return store.error();
    return readInfo(name, *store.value());
}

Result<ProfileInfo> ProfileManager::createLocal(const QString &name)
{
    if (Status s = validateProfileName(name); !s)
        return s.error();
    if (exists(name))
        return Error::make(ErrorKind::AlreadyExists,
                           tr("A profile named '%1' already exists.").arg(name));
    if (Status s = ensureDataDir(); !s)
        return s.error();
    auto store = LocalStore::open(pathOf(name));
    if (!store)
        return store.error();
    Status seeded = store.value()->setMeta(QStringLiteral("profile_kind"), QStringLiteral("local"));
    if (seeded)
        seeded = store.value()->seedLocalDefaults();
    if (!seeded) {
        store.value().reset();
        QFile::remove(pathOf(name));
        return seeded.error();
    }
    return readInfo(name, *store.value());
}

Result<ProfileInfo> ProfileManager::createServer(const QString &name, const QString &url,
                                                 const QString &username)
{
    if (Status s = validateProfileName(name); !s)
        return s.error();
    if (exists(name))
        return Error::make(ErrorKind::AlreadyExists,
                           tr("A profile named '%1' already exists.").arg(name));
    if (Status s = ensureDataDir(); !s)
        return s.error();
    auto store = LocalStore::open(pathOf(name));
    if (!store)
        return store.error();
    LocalStore &s = *store.value();
    if (Status st = s.setMeta({{QStringLiteral("profile_kind"), QStringLiteral("server")},
                               {QStringLiteral("server_url"), url},
                               {QStringLiteral("username"), username}});
        !st) {
        store.value().reset();
        QFile::remove(pathOf(name));
        return st.error();
    }
    return readInfo(name, s);
}

Status ProfileManager::update(const ProfileInfo &info)
{
    auto store = LocalStore::open(pathOf(info.name));
    if (!store)
        return store.error();
    // One transaction: a profile never points at the new server with the old user name.
    return store.value()->setMeta({{QStringLiteral("server_url"), info.serverUrl},
                                   {QStringLiteral("username"), info.username},
                                   {QStringLiteral("pinned_fingerprint"), info.fingerprint}});
}

std::unique_ptr<QLockFile> ProfileManager::holdOpen(const QString &name) const
{
    return ProfileLock::tryTake(LocalStore::openLockPath(pathOf(name))).lock;
}

Result<int> ProfileManager::unsentChanges(const QString &name) const
{
    if (!exists(name))
        return Error::make(ErrorKind::NotFound, tr("There is no profile named '%1'.").arg(name));
    auto store = LocalStore::open(pathOf(name));
    if (!store)
        return store.error();
    return store.value()->outbox().count({OutboxStatus::Pending, OutboxStatus::InFlight,
                                          OutboxStatus::Failed, OutboxStatus::Conflict});
}

Status ProfileManager::remove(const QString &name, bool discardUnsent)
{
    if (!exists(name))
        return Error::make(ErrorKind::NotFound, tr("There is no profile named '%1'.").arg(name));
    if (!discardUnsent) {
        auto unsent = unsentChanges(name);
        if (!unsent)
            return unsent.error();
        if (*unsent > 0)
            return Error::make(ErrorKind::Forbidden,
                               tr("The profile '%1' holds %n change(s) not yet sent to its server, "
                                  "which deleting it would lose. Send them first (sync), or drop "
                                  "them.",
                                  nullptr, *unsent)
                                   .arg(name));
    }
    const QString path = pathOf(name);
    // Held until the files are gone, so that no window opens it and no sync starts meanwhile.
    std::vector<std::unique_ptr<QLockFile>> locks;
    for (const QString &lockPath :
         {LocalStore::openLockPath(path), LocalStore::syncLockPath(path)}) {
        ProfileLock attempt = ProfileLock::tryTake(lockPath);
        if (attempt.heldElsewhere)
            return Error::make(ErrorKind::Busy,
                               tr("The profile '%1' is in use: %2 (process %3) has it open or is "
                                  "syncing it. Close it there, or let the sync end, then delete "
                                  "it.")
                                   .arg(name, attempt.app)
                                   .arg(attempt.pid));
        locks.push_back(std::move(attempt.lock));
    }
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Error::make(ErrorKind::Io,
                               tr("Cannot delete '%1'. Check that the folder is writable.")
                                   .arg(QDir::toNativeSeparators(file)));
    }
    if (activeProfile() == name)
        return setActiveProfile(kDefaultProfile);
    return {};
}

QString ProfileManager::activeProfile() const
{
    QSettings settings(QDir(m_dataDir).filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);
    return settings.value(QStringLiteral("profile/active"), kDefaultProfile).toString();
}

void ProfileManager::makeSettingsFilePrivate(const QString &path)
{
    privatefiles::makePrivateFile(path);
}

Status ProfileManager::setActiveProfile(const QString &name)
{
    if (Status s = ensureDataDir(); !s)
        return s;
    QSettings settings(QDir(m_dataDir).filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("profile/active"), name);
    settings.sync();
    privatefiles::makePrivateFile(settings.fileName());
    if (settings.status() != QSettings::NoError)
        return Error::make(
            ErrorKind::Io,
            tr("Cannot write the settings in '%1'.").arg(QDir::toNativeSeparators(m_dataDir)));
    return {};
}

Result<std::unique_ptr<LocalStore>> ProfileManager::open(const QString &name)
{
    if (Status s = validateProfileName(name); !s)
        return s.error();
    if (!exists(name)) {
        if (name != kDefaultProfile)
            return Error::make(ErrorKind::NotFound,
                               tr("There is no profile named '%1'. Create it with 'zenml-admin "
                                  "profile create %1', or list the profiles with 'zenml-admin "
                                  "profile list'.")
                                   .arg(name));
        auto created = createLocal(name);
        if (!created)
            return created.error();
    }
    // The app and the command line open a profile first thing: an existing installation made
    // before the data folder was private is corrected here.
    privatefiles::correctTree(m_dataDir);
    return LocalStore::open(pathOf(name));
}

} // namespace zenml
