#include "profilerepair.h"

#include "auth/keychainsecretstore.h"
#include "invitationledger.h"
#include "serverconnection.h"
#include "store/localstore.h"
#include "store/privatefiles.h"
#include "store/profilelock.h"
#include "store/salvage.h"
#include "store/transaction.h"
#include "sync/conflictresolver.h"
#include "sync/mirrorwriter.h"
#include "sync/rowsnapshot.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimer>

namespace zenml {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The files SQLite keeps beside a database.
const QStringList kCompanions{QStringLiteral("-wal"), QStringLiteral("-shm")};

// The salvaged edits made visible in the fresh mirror, as they were in the damaged one: an
// update's fields over the pulled row (on the base the edit was made on, so that a conflict shows
// mine against the server's), a row created offline under its local id. Each row in a savepoint
// of its own: one that cannot be written (its name taken meanwhile) is left to the push.
Status showInMirror(LocalStore &store, const SalvagedProfile &salvaged)
{
    QHash<QString, QString> serverIds;
    for (const auto &[local, server] : salvaged.idMap)
        serverIds.insert(local, server);
    sync::MirrorWriter writer(store);
    for (const OutboxOperation &op : salvaged.operations) {
        if (op.entityKind == EntityKind::UserRoleAssignment ||
            op.entityKind == EntityKind::TeamRoleAssignment)
            continue;
        const bool update = op.operation.startsWith(QLatin1String("update_"));
        const bool create = op.operation.startsWith(QLatin1String("create_"));
        if (!update && !create)
            continue;
        const QString id = serverIds.value(op.entityId, op.entityId);
        auto mine = sync::snapshot::ofMirror(store, op.entityKind, id);
        if (!mine)
            return mine.error();
        QJsonObject row = *mine;
        if (update && row.isEmpty())
            continue; // gone from the server: the push finds out
        if (create && !row.isEmpty())
            continue; // already there (sent before the damage)
        for (auto it = op.payload.begin(); it != op.payload.end(); ++it) {
            if (create || row.contains(it.key()))
                row.insert(it.key(), it.value());
        }
        row.insert(QStringLiteral("id"), id);
        if (update && !op.baseUpdated.isEmpty())
            row.insert(QStringLiteral("updated"), op.baseUpdated);
        if (create)
            row.remove(QStringLiteral("updated"));
        Transaction savepoint(store.database());
        if (!savepoint.begun())
            return savepoint.begun();
        auto written = writer.writeSnapshot(op.entityKind, row,
                                            create ? SyncState::Created : SyncState::Modified);
        if (written)
            (void)savepoint.commit();
    }
    return {};
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
}
} // namespace

struct ProfileRepair::Salvage
{
    SalvagedProfile rows;
};

ProfileRepair::ProfileRepair(ProfileManager profiles, QString name, Options options,
                             SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_name(std::move(name))
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_network(network)
{}

ProfileRepair::~ProfileRepair()
{
    // The sync engine and the connection use the store: they go first. An unfinished repair
    // leaves the profile as it was.
    m_engine.reset();
    m_connection.reset();
    if (!m_finished)
        discardFresh();
    m_store.reset();
}

bool ProfileRepair::needsRepair(const ProfileManager &profiles, const QString &name)
{
    const QFileInfo file(profiles.filePath(name));
    return file.exists() && file.isReadable() && !salvage::isSound(file.filePath());
}

QString ProfileRepair::command(const QString &name)
{
    return QStringLiteral("zenml-admin profile repair %1").arg(name);
}

void ProfileRepair::start(Done done)
{
    m_done = std::move(done);
    // Always from the event loop, as the network part is.
    QTimer::singleShot(0, this, [this] {
        if (Status s = prepare(); !s) {
            fail(s.error());
            return;
        }
        if (m_report.kind == ProfileKind::Server)
            pull();
        else
            complete();
    });
}

Result<RepairReport> ProfileRepair::runSync()
{
    std::optional<Result<RepairReport>> result;
    QEventLoop loop;
    start([&result, &loop](const Result<RepairReport> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

Status ProfileRepair::prepare()
{
    if (Status s = ProfileManager::validateProfileName(m_name); !s)
        return s;
    if (!m_profiles.exists(m_name))
        return Error::make(ErrorKind::NotFound,
                           tr("There is no profile named '%1'. List the profiles with "
                              "'zenml-admin profile list'.")
                               .arg(m_name));
    m_path = m_profiles.filePath(m_name);
    if (!QFileInfo(m_path).isReadable())
        return Error::make(ErrorKind::Io, tr("Cannot read '%1'. Check its permissions; a file "
                                             "that cannot be read cannot be repaired.")
                                              .arg(native(m_path)));
    if (salvage::isSound(m_path))
        return Error::make(ErrorKind::Invalid,
                           tr("The profile '%1' is not damaged: SQLite finds '%2' sound. Nothing "
                              "was changed.")
                               .arg(m_name, native(m_path)));
    if (!QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
        return Error::make(ErrorKind::Io,
                           tr("Cannot repair the profile '%1': the folder '%2' is not writable.")
                               .arg(m_name, native(QFileInfo(m_path).absolutePath())));
    // No window has it open and no sync runs on it while it is repaired.
    for (const QString &lockPath :
         {LocalStore::openLockPath(m_path), LocalStore::syncLockPath(m_path)}) {
        ProfileLock attempt = ProfileLock::tryTake(lockPath);
        if (!attempt.lock)
            return Error::make(ErrorKind::Busy,
                               tr("The profile '%1' is in use: %2 (process %3) has it open or is "
                                  "syncing it. Close it there, then repair it.")
                                   .arg(m_name, attempt.app)
                                   .arg(attempt.pid));
        m_locks.push_back(std::move(attempt.lock));
    }

    m_salvage = std::make_unique<Salvage>();
    m_salvage->rows = salvage::read(m_path);
    const SalvagedProfile &rows = m_salvage->rows;

    // The same server and user: the damaged file's where it says, else the options'.
    const QString kind = rows.metaValue(QStringLiteral("profile_kind"));
    m_report.profile = m_name;
    m_report.serverUrl = m_options.serverUrl.isEmpty()
                             ? rows.metaValue(QStringLiteral("server_url"))
                             : m_options.serverUrl;
    m_report.username = m_options.username.isEmpty() ? rows.metaValue(QStringLiteral("username"))
                                                     : m_options.username;
    const bool server = kind == QLatin1String("server") || !m_report.serverUrl.isEmpty() ||
                        !rows.operations.isEmpty();
    m_report.kind = server ? ProfileKind::Server : ProfileKind::Local;
    if (server && (m_report.serverUrl.isEmpty() || m_report.username.isEmpty()))
        return Error::make(ErrorKind::Usage,
                           tr("The damaged file no longer says which server and user the profile "
                              "'%1' is for. Say it: '%2 --url URL --username USER'.")
                               .arg(m_name, command(m_name)));
    if (kind.isEmpty() && !server)
        return Error::make(
            ErrorKind::Usage,
            tr("The damaged file no longer says what kind of profile '%1' was, and it holds no "
               "queued changes. For a server profile say which server and user: '%2 --url URL "
               "--username USER'. A local profile cannot be fetched again: restore its file "
               "from a backup.")
                .arg(m_name, command(m_name)));
    if (!server)
        return Error::make(
            ErrorKind::Invalid,
            tr("The profile '%1' is a local profile: its rows live only in the damaged file, "
               "and there is no server to fetch them from again. Restore '%2' from a backup.")
                .arg(m_name, native(m_path)));
    m_report.operations = int(rows.operations.size());
    m_report.unreadable = rows.unreadable;
    m_report.invitations =
        int(QJsonDocument::fromJson(rows.metaValue(InvitationLedger::kMetaKey).toUtf8())
                .object()
                .size());

    // The fresh profile, beside the damaged one under a name no listing takes for a profile.
    m_fresh = m_path + QStringLiteral(".repairing");
    removeWithCompanions(m_fresh);
    auto store = LocalStore::open(m_fresh);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    // Its settings (kind, server, user, pinned certificate, last sign-in, invitation ledger),
    // without the sync's marks: the fresh mirror is pulled in full.
    QList<std::pair<QString, QString>> meta;
    for (const auto &[key, value] : rows.meta) {
        if (!key.startsWith(QLatin1String("sync.")))
            meta.append({key, value});
    }
    meta.append({QStringLiteral("profile_kind"), QStringLiteral("server")});
    meta.append({QStringLiteral("server_url"), m_report.serverUrl});
    meta.append({QStringLiteral("username"), m_report.username});
    if (Status s = m_store->setMeta(meta); !s)
        return s;
    return {};
}

void ProfileRepair::pull()
{
    ProfileInfo profile;
    profile.name = m_name;
    profile.kind = ProfileKind::Server;
    profile.serverUrl = m_report.serverUrl;
    profile.username = m_report.username;
    profile.fingerprint = m_salvage->rows.metaValue(QStringLiteral("pinned_fingerprint"));
    profile.path = m_path;
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    m_connection = std::make_unique<ServerConnection>(profile, *m_store, *m_secrets, m_network);
    if (m_timeout)
        m_connection->setTimeout(*m_timeout);
    connect(m_connection.get(), &ServerConnection::sessionReady, this, &ProfileRepair::onSession);
    m_connection->ensureSession();
}

void ProfileRepair::onSession(const Status &status)
{
    if (!status) {
        m_report.pullError = status.error();
        // Not from inside the connection's own signal: complete() destroys it.
        QTimer::singleShot(0, this, &ProfileRepair::complete);
        return;
    }
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, m_connection->api());
    ServerConnection *connection = m_connection.get();
    m_engine->setReauthenticate([connection](QObject *context, std::function<void(Status)> done) {
        connection->reauthenticate(context, std::move(done));
    });
    m_engine->useSecretStore(m_secrets, m_name);
    connect(m_engine.get(), &sync::SyncEngine::finished, this,
            [this](const sync::SyncReport &report) {
                if (m_pullReported)
                    return;
                m_pullReported = true;
                if (report.error)
                    m_report.pullError = *report.error;
                else
                    m_report.pulled = true;
                QTimer::singleShot(0, this, &ProfileRepair::complete);
            });
    // The report may come before syncByHand() returns.
    if (!m_engine->syncByHand(sync::SyncMode::PullOnly, true) && !m_pullReported) {
        m_pullReported = true;
        m_report.pullError =
            Error::make(ErrorKind::Cancelled, tr("The pull of the fresh copy could not start."));
        QTimer::singleShot(0, this, &ProfileRepair::complete);
    }
}

void ProfileRepair::complete()
{
    if (m_finished)
        return;
    m_engine.reset();
    m_connection.reset();
    // The salvaged operations back in the queue, after the pull, in one transaction; the next
    // sync lists everything, so that rows deleted by them (and on the server) are found.
    Status queued;
    {
        Transaction tx(m_store->database());
        queued = tx.begun();
        if (queued)
            queued = salvage::requeue(*m_store, m_salvage->rows);
        if (queued)
            queued = showInMirror(*m_store, m_salvage->rows);
        if (queued)
            queued = m_store->setMeta(sync::ConflictResolver::kSweepRequested, QStringLiteral("1"));
        if (queued)
            queued = tx.commit();
    }
    if (!queued) {
        fail(queued.error());
        return;
    }
    // Closed, so that its write-ahead log is folded in before the file moves.
    m_store.reset();
    if (Status s = swapFiles(); !s) {
        fail(s.error());
        return;
    }
    m_locks.clear();
    finish(m_report);
}

Status ProfileRepair::swapFiles()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString damaged = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(damaged); ++n)
        damaged = m_path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    const auto cannotMove = [](const QString &from, const QString &to) {
        return Error::make(ErrorKind::Io, tr("Cannot move '%1' to '%2'. Check that the folder is "
                                             "writable; the profile was left as it was.")
                                              .arg(native(from), native(to)));
    };
    // The damaged file and its companions move together (a -wal left behind would be read into
    // the new file).
    if (!QFile::rename(m_path, damaged))
        return cannotMove(m_path, damaged);
    for (const QString &suffix : kCompanions) {
        if (QFileInfo::exists(m_path + suffix) &&
            !QFile::rename(m_path + suffix, damaged + suffix)) {
            // Put back what moved: the profile stays as it was.
            for (const QString &back : kCompanions) {
                if (QFileInfo::exists(damaged + back))
                    QFile::rename(damaged + back, m_path + back);
            }
            QFile::rename(damaged, m_path);
            return cannotMove(m_path + suffix, damaged + suffix);
        }
    }
    for (const QString &suffix : kCompanions) {
        if (QFileInfo::exists(m_fresh + suffix))
            QFile::rename(m_fresh + suffix, m_path + suffix);
    }
    if (!QFile::rename(m_fresh, m_path)) {
        for (const QString &suffix : kCompanions) {
            QFile::remove(m_path + suffix);
            if (QFileInfo::exists(damaged + suffix))
                QFile::rename(damaged + suffix, m_path + suffix);
        }
        QFile::rename(damaged, m_path);
        return cannotMove(m_fresh, m_path);
    }
    privatefiles::makePrivateFile(damaged);
    m_report.damagedCopy = damaged;
    return {};
}

void ProfileRepair::discardFresh()
{
    m_store.reset();
    if (!m_fresh.isEmpty() && QFileInfo::exists(m_fresh))
        removeWithCompanions(m_fresh);
}

void ProfileRepair::fail(const Error &error)
{
    m_engine.reset();
    m_connection.reset();
    discardFresh();
    m_locks.clear();
    finish(error);
}

void ProfileRepair::finish(const Result<RepairReport> &result)
{
    m_finished = true;
    if (m_done) {
        Done done = std::move(m_done);
        m_done = nullptr;
        done(result);
    }
}

} // namespace zenml
