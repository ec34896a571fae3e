#pragma once

#include "backoffpolicy.h"
#include "pusher.h"
#include "syncstatus.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

namespace zenml {
class LocalStore;
class SecretStore;
} // namespace zenml
namespace zenml::remote {
class RemoteApi;
}

namespace zenml::sync {

class Puller;

// The sync of one server profile: pushes the outbox, then pulls what changed, and keeps the
// status the GUI and the CLI show. Takes the REST client with its token already set and a
// callback that signs in again after a 401 (ServerConnection::reauthenticate in the app), so it
// can be tested on its own against the test server.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using Reauthenticate = std::function<void(QObject *context, std::function<void(Status)> done)>;

    SyncEngine(LocalStore &store, remote::RemoteApi &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    // --- Set-up
    void setReauthenticate(Reauthenticate reauthenticate) { m_reauth = std::move(reauthenticate); }
    void setPasswordVault(PasswordVault vault) { m_push.passwords = std::move(vault); }
    // Queued passwords live in `secrets` under the profile, keyed OperationRequest::passwordKey().
    void useSecretStore(SecretStore *secrets, const QString &profile);
    void setBackoffPolicy(const BackoffPolicy &policy) { m_push.backoff = policy; }
    void setClock(Clock clock) { m_push.clock = std::move(clock); }
    void setConcurrency(int requests) { m_push.concurrency = std::max(1, requests); }
    // How long one push waits for back-off timers before leaving retries to the next sync.
    void setMaxRetryWait(std::chrono::milliseconds wait) { m_push.maxRetryWait = wait; }
    // Every n-th sync lists everything to find deletions (1 = always).
    void setSweepEvery(int syncs) { m_sweepEvery = std::max(1, syncs); }
    // Sync on a timer while online (0 = never).
    void setAutoSyncInterval(std::chrono::milliseconds interval);
    // Push soon after each local edit the store announces (LocalStore::edited, said by the
    // AdminService), so that the engine never needs to know the service above it.
    void watchEdits();

    // --- Control
    // Starts a sync; false when one is running (it is re-run once afterwards), when offline by
    // choice, or when another sync of the profile (another process or window) holds its lock:
    // this automatic sync then tries again 2 s later, while syncByHand() reports it at once
    // (ErrorKind::Busy in finished()).
    bool syncNow(SyncMode mode = SyncMode::Both, bool sweep = false);
    // A sync asked for by the admin (Sync Now, `zenml-admin sync`) means now: changes waiting
    // out a back-off after failed attempts (the server was down and may just be back) go at once,
    // not when their next attempt is due. Their attempt counts start again.
    bool syncByHand(SyncMode mode = SyncMode::Both, bool sweep = false);
    void stop();
    bool isBusy() const { return m_status.phase != SyncPhase::Idle; }
    void setWorkOffline(bool offline);
    bool isWorkingOffline() const { return m_workOffline; }

    SyncStatus status() const { return m_status; }
    // Re-reads the queue counts (after an edit, a drop or a resolution).
    void refreshCounts();

    static inline const QString kLastSuccess = QStringLiteral("sync.last_success");
    static inline const QString kSyncCount = QStringLiteral("sync.count");

signals:
    void statusChanged(const zenml::sync::SyncStatus &status);
    void progress(zenml::sync::SyncPhase phase, int done, int total);
    void finished(const zenml::sync::SyncReport &report);
    void invitationTokenReceived(const QString &userId, const QString &token);
    // The mirror changed under the item models.
    void mirrorChanged();

private:
    void startPush();
    void startPull();
    void onPushed(const PushReport &report);
    void onPulled(const PullReport &report);
    void reauthenticate(const std::function<void(Status)> &then);
    void finish(std::optional<Error> error);
    // One sync of a profile at a time, across processes (the command line and the app) and
    // windows: a lock file beside the profile, held from start to finish. An error when another
    // holds it.
    std::optional<Error> lockProfile();
    // For a sync by hand: the changes waiting out a back-off go now.
    void skipBackoff();
    void setPhase(SyncPhase phase, int done = 0, int total = 0);
    void noteError(const Error &error);
    bool wantsSweep();

    LocalStore &m_store;
    remote::RemoteApi &m_api;
    PushSettings m_push;
    Reauthenticate m_reauth;
    std::unique_ptr<Pusher> m_pusher;
    std::unique_ptr<Puller> m_puller;
    SyncStatus m_status;
    SyncReport m_report;
    QTimer m_autoTimer;
    QTimer m_editTimer;
    QTimer m_busyTimer;
    bool m_byHand = false; // within syncByHand()
    int m_sweepEvery = 10;
    bool m_forceSweep = false;
    bool m_pullRetried = false;
    bool m_workOffline = false;
    std::optional<SyncMode> m_rerun;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace zenml::sync
