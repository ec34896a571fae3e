#pragma once

#include "domain/error.h"
#include "profilemanager.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QNetworkAccessManager;

namespace zenml {

class LocalStore;
class SecretStore;
class ServerConnection;
namespace sync {
class SyncEngine;
}

// What a repair did.
struct RepairReport
{
    QString profile;
    QString damagedCopy; // where the damaged file now lies, beside the new one
    ProfileKind kind = ProfileKind::Local;
    QString serverUrl;
    QString username;
    int operations = 0;  // salvaged operations back in the queue
    int invitations = 0; // invitation-ledger entries kept
    int unreadable = 0;  // rows or parts of tables SQLite could not read
    bool pulled = false; // the fresh mirror holds the server's rows
    // Why the fresh mirror could not be pulled (not signed in, server away): the profile is
    // repaired all the same, and the next sync pulls it.
    std::optional<Error> pullError;
};

// `zenml-admin profile repair NAME` and the app's "Repair…" for a damaged profile database, one
// core for both: keeps the damaged file beside the profile (NAME.sqlite.damaged-YYYYMMDD-HHMMSS),
// salvages every queued operation and invitation-ledger entry SQLite can still read, makes a
// fresh profile for the same server (its URL and user from the damaged file where readable,
// else from the options), pulls it with the saved sign-in (the keychain's token or password, as
// a sync does), and puts the salvaged operations back in the queue, where they meet the usual
// conflict rules on the next push. The fresh file is made beside the damaged one and takes its
// place only when complete: an interrupted repair leaves the profile as it was.
class ProfileRepair : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString serverUrl; // used when the damaged file does not say (or to correct it)
        QString username;
    };
    using Done = std::function<void(const Result<RepairReport> &)>;

    // `secrets` and `network` may be null: the repair then uses the keychain and a network
    // object of its own.
    ProfileRepair(ProfileManager profiles, QString name, Options options = {},
                  SecretStore *secrets = nullptr, QNetworkAccessManager *network = nullptr,
                  QObject *parent = nullptr);
    ~ProfileRepair() override;

    // The profile's file exists, can be read, and SQLite finds it damaged: what repair is for.
    static bool needsRepair(const ProfileManager &profiles, const QString &name);
    // The command that repairs a profile, for messages.
    static QString command(const QString &name);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Runs the repair; `done` is called once, from the event loop.
    void start(Done done);
    // Blocking, for the headless command line (never from GUI code).
    Result<RepairReport> runSync();

private:
    Status prepare();
    void pull();
    void onSession(const Status &status);
    void complete();
    Status swapFiles();
    void fail(const Error &error);
    void finish(const Result<RepairReport> &result);
    void discardFresh();

    ProfileManager m_profiles;
    QString m_name;
    Options m_options;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QNetworkAccessManager *m_network = nullptr;
    std::optional<std::chrono::milliseconds> m_timeout;
    Done m_done;

    QString m_path;  // the profile's file
    QString m_fresh; // the new file, until it takes the profile's place
    std::vector<std::unique_ptr<QLockFile>> m_locks;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<sync::SyncEngine> m_engine;
    struct Salvage;
    std::unique_ptr<Salvage> m_salvage;
    RepairReport m_report;
    bool m_pullReported = false;
    bool m_finished = false;
};

} // namespace zenml
