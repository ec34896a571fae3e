#include "syncengine.h"

#include "auth/secretstore.h"
#include "conflictresolver.h"
#include "pendingqueue.h"
#include "puller.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/sqlutil.h"
#include "synclock.h"

namespace zenml::sync {

SyncEngine::SyncEngine(LocalStore &store, remote::RemoteApi &api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncReport>();
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(400);
    connect(&m_editTimer, &QTimer::timeout, this, [this] {
        if (m_status.connectivity == Connectivity::Online)
            syncNow(SyncMode::PushOnly);
    });
    connect(&m_autoTimer, &QTimer::timeout, this, [this] { syncNow(SyncMode::Both); });
    // An automatic sync that met another sync of the profile tries again shortly.
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(2000);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] { syncNow(SyncMode::Both); });
    // WAL without an fsync per commit: every commit still survives a crash of the process (the
    // OS has it), and after a power loss the last few state changes may be redone, which the
    // idempotent push is made for. Two commits per pushed operation would otherwise bound the
    // push rate by the disk's flush time.
    (void)sql::exec(m_store.database(), QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (auto last = m_store.meta(kLastSuccess); last && !last->isEmpty())
        m_status.lastSuccess = QDateTime::fromString(*last, Qt::ISODateWithMs);
    refreshCounts();
}

SyncEngine::~SyncEngine()
{
    // The pusher and puller abort their requests as they go, which ends them with an error
    // report: cut them off first, or that report would reach this half-destroyed engine (and,
    // through it, listeners that may be gone already, as when the app quits during a sync).
    if (m_pusher)
        m_pusher->disconnect(this);
    if (m_puller)
        m_puller->disconnect(this);
    m_pusher.reset();
    m_puller.reset();
}

void SyncEngine::useSecretStore(SecretStore *secrets, const QString &profile)
{
    QPointer<SecretStore> store(secrets);
    PasswordVault vault;
    vault.read = [store, profile](const QString &key, const PasswordVault::ReadDone &done) {
        if (!store) {
            done(Error::make(ErrorKind::Keychain, tr("The keychain is not available.")));
            return;
        }
        SecretReadJob *job = store->read(profile, key);
        QObject::connect(job, &SecretReadJob::finished, store,
                         [done](const SecretReadResult &r) { done(r); });
    };
    vault.remove = [store, profile](const QString &key) {
        if (store)
            store->remove(profile, key);
    };
    m_push.passwords = vault;
}

void SyncEngine::setAutoSyncInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_autoTimer.stop();
        return;
    }
    m_autoTimer.start(int(interval.count()));
}

void SyncEngine::watchEdits()
{
    connect(&m_store, &LocalStore::edited, this, [this] {
        refreshCounts();
        if (!m_workOffline)
            m_editTimer.start();
    });
}

void SyncEngine::setWorkOffline(bool offline)
{
    if (offline == m_workOffline)
        return;
    m_workOffline = offline;
    if (offline)
        stop();
    m_status.connectivity = offline ? Connectivity::WorkingOffline : Connectivity::Unknown;
    Q_EMIT statusChanged(m_status);
    if (!offline)
        syncNow();
}

void SyncEngine::refreshCounts()
{
    const Outbox &outbox = m_store.outbox();
    const auto pending = outbox.count({OutboxStatus::Pending, OutboxStatus::InFlight});
    const auto failed = outbox.count({OutboxStatus::Failed});
    const auto conflicts = outbox.count({OutboxStatus::Conflict});
    m_status.pending = pending ? *pending : 0;
    m_status.failed = failed ? *failed : 0;
    m_status.conflicts = conflicts ? *conflicts : 0;
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::setPhase(SyncPhase phase, int done, int total)
{
    m_status.phase = phase;
    m_status.retryAt = QDateTime();
    m_status.done = done;
    m_status.total = total;
    Q_EMIT statusChanged(m_status);
}

bool SyncEngine::syncNow(SyncMode mode, bool sweep)
{
    if (m_workOffline)
        return false;
    if (isBusy()) {
        // One more round afterwards picks up what was asked meanwhile.
        m_rerun = m_rerun && *m_rerun != mode ? SyncMode::Both : mode;
        m_forceSweep = m_forceSweep || sweep;
        return false;
    }
    m_report = SyncReport{mode, {}, {}, {}};
    if (auto busy = lockProfile()) {
        // Nothing was sent or read; the status keeps its connectivity and says why. A sync asked
        // for by hand reports it; an automatic one waits for the other to end.
        m_status.lastError = busy->message;
        Q_EMIT statusChanged(m_status);
        if (!m_byHand) {
            m_busyTimer.start();
            return false;
        }
        m_report.error = busy;
        Q_EMIT finished(m_report);
        return false;
    }
    m_busyTimer.stop();
    if (m_byHand && mode != SyncMode::PullOnly)
        skipBackoff();
    m_forceSweep = m_forceSweep || sweep;
    m_pullRetried = false;
    if (mode == SyncMode::PullOnly)
        startPull();
    else
        startPush();
    return true;
}

void SyncEngine::skipBackoff()
{
    // Should this fail, the sync still runs with the back-off as it was. Done once this sync
    // holds the profile's lock, so that it never touches operations another sync is sending.
    if (auto waiting = m_store.outbox().list({OutboxStatus::Pending})) {
        QList<qint64> ids;
        for (const OutboxOperation &op : std::as_const(*waiting)) {
            if (op.nextAttempt.isValid())
                ids << op.id;
        }
        if (!ids.isEmpty())
            (void)PendingQueue(m_store).retry(ids);
    }
}

bool SyncEngine::syncByHand(SyncMode mode, bool sweep)
{
    m_byHand = true;
    const bool started = syncNow(mode, sweep);
    m_byHand = false;
    return started;
}

void SyncEngine::stop()
{
    m_rerun.reset();
    m_busyTimer.stop();
    if (m_pusher && m_pusher->isRunning())
        m_pusher->stop();
    if (m_puller && m_puller->isRunning())
        m_puller->stop();
}

void SyncEngine::startPush()
{
    m_pusher = std::make_unique<Pusher>(m_store, m_api, m_push);
    connect(m_pusher.get(), &Pusher::progress, this, [this](int done, int total) {
        setPhase(SyncPhase::Pushing, done, total);
        Q_EMIT progress(SyncPhase::Pushing, done, total);
    });
    connect(m_pusher.get(), &Pusher::needsReauthentication, this, [this] {
        reauthenticate([this](const Status &s) {
            if (s)
                m_pusher->resume();
            else
                m_pusher->abandon(s.error());
        });
    });
    connect(m_pusher.get(), &Pusher::waiting, this,
            [this](const QDateTime &retryAt, const Error &reason) {
                // Said while it waits, not only when the push ends: "Syncing 0 of 3" for the
                // whole wait would hide that the server is away.
                m_status.retryAt = retryAt;
                m_status.lastError = reason.message;
                const bool unreachable =
                    reason.kind == ErrorKind::Network || reason.kind == ErrorKind::Timeout;
                if (unreachable)
                    m_status.connectivity = Connectivity::Offline;
                Q_EMIT statusChanged(m_status);
            });
    connect(m_pusher.get(), &Pusher::invitationTokenReceived, this,
            &SyncEngine::invitationTokenReceived);
    connect(m_pusher.get(), &Pusher::mirrorChanged, this, &SyncEngine::mirrorChanged);
    connect(m_pusher.get(), &Pusher::finished, this, &SyncEngine::onPushed);
    setPhase(SyncPhase::Pushing);
    m_pusher->start();
}

void SyncEngine::onPushed(const PushReport &report)
{
    m_report.push = report;
    refreshCounts();
    if (report.error) {
        finish(report.error);
        return;
    }
    if (m_report.mode == SyncMode::PushOnly) {
        finish(std::nullopt);
        return;
    }
    startPull();
}

bool SyncEngine::wantsSweep()
{
    const auto count = m_store.meta(kSyncCount);
    const int n = count ? count->toInt() : 0;
    const auto requested = m_store.meta(ConflictResolver::kSweepRequested);
    return m_forceSweep || n % m_sweepEvery == 0 || (requested && *requested == QLatin1String("1"));
}

void SyncEngine::startPull()
{
    m_puller = std::make_unique<Puller>(m_store, m_api);
    connect(m_puller.get(), &Puller::progress, this, [this](int done, int total) {
        setPhase(SyncPhase::Pulling, done, total);
        Q_EMIT progress(SyncPhase::Pulling, done, total);
    });
    connect(m_puller.get(), &Puller::finished, this, &SyncEngine::onPulled);
    setPhase(SyncPhase::Pulling);
    m_puller->start(wantsSweep());
}

void SyncEngine::onPulled(const PullReport &report)
{
    m_report.pull = report;
    if (report.error && report.error->kind == ErrorKind::Unauthorized && !m_pullRetried) {
        m_pullRetried = true;
        reauthenticate([this](const Status &s) {
            if (s)
                startPull();
            else
                finish(s.error());
        });
        return;
    }
    if (report.written > 0 || report.removed > 0)
        Q_EMIT mirrorChanged();
    if (!report.error) {
        if (report.swept) {
            m_forceSweep = false;
            (void)m_store.setMeta(ConflictResolver::kSweepRequested, QStringLiteral("0"));
        }
        const auto count = m_store.meta(kSyncCount);
        (void)m_store.setMeta(kSyncCount, QString::number((count ? count->toInt() : 0) + 1));
    }
    refreshCounts();
    finish(report.error);
}

void SyncEngine::reauthenticate(const std::function<void(Status)> &then)
{
    if (!m_reauth) {
        then(Error::make(ErrorKind::Unauthorized,
                         tr("The server no longer accepts the sign-in. Sign in again.")));
        return;
    }
    m_reauth(this, then);
}

void SyncEngine::noteError(const Error &error)
{
    m_status.lastError = error.message;
    const bool unreachable = error.kind == ErrorKind::Network || error.kind == ErrorKind::Timeout;
    m_status.connectivity = unreachable ? Connectivity::Offline : Connectivity::Error;
}

std::optional<Error> SyncEngine::lockProfile()
{
    auto lock = takeSyncLock(m_store);
    if (!lock)
        return lock.error();
    m_lock = std::move(lock.value());
    return std::nullopt;
}

void SyncEngine::finish(std::optional<Error> error)
{
    m_report.error = error;
    if (error && error->kind != ErrorKind::Cancelled) {
        noteError(*error);
    } else if (!error) {
        m_status.connectivity = Connectivity::Online;
        m_status.lastError.clear();
        // A push whose operations all failed for lack of a connection did not reach the server.
        if (m_report.push && !m_report.pull && m_report.push->sent == 0 &&
            m_report.push->remaining > 0)
            m_status.connectivity = Connectivity::Offline;
        else {
            m_status.lastSuccess = QDateTime::currentDateTimeUtc();
            (void)m_store.setMeta(kLastSuccess, m_status.lastSuccess.toString(Qt::ISODateWithMs));
        }
    }
    if (m_workOffline)
        m_status.connectivity = Connectivity::WorkingOffline;
    m_lock.reset();
    setPhase(SyncPhase::Idle);
    const SyncReport report = m_report;
    Q_EMIT finished(report);
    if (m_rerun && !m_workOffline) {
        const SyncMode mode = *m_rerun;
        m_rerun.reset();
        QMetaObject::invokeMethod(
            this, [this, mode] { syncNow(mode); }, Qt::QueuedConnection);
    }
}

} // namespace zenml::sync
