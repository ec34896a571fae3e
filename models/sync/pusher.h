#pragma once

#include "backoffpolicy.h"
#include "domain/error.h"
#include "idtranslator.h"
#include "operationoutcome.h"
#include "pushplan.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace zenml {
class LocalStore;
}
namespace zenml::remote {
class RemoteApi;
}

namespace zenml::sync {

class OutcomeApplier;

// Where queued passwords wait (the keychain, keyed by OperationRequest::passwordKey()).
struct PasswordVault
{
    using ReadDone = std::function<void(const Result<std::optional<QString>> &)>;
    std::function<void(const QString &key, ReadDone done)> read;
    std::function<void(const QString &key)> remove;
};

struct PushSettings
{
    int concurrency = 6; // Qt runs six requests per host at once
    BackoffPolicy backoff;
    Clock clock = systemClock();
    // A push waits for back-off timers up to this long in all before it ends; later retries are
    // left for the next sync.
    std::chrono::milliseconds maxRetryWait{0};
    PasswordVault passwords;
};

struct PushReport
{
    int sent = 0;               // operations that reached Done
    int failed = 0;             // ended Failed in this push
    int conflicts = 0;          // ended Conflict in this push
    int remaining = 0;          // still pending (back-off, waiting on a dependency)
    std::optional<Error> error; // why the push stopped early (store failure, sign-in refused)
};

// Pushes the open outbox operations in dependency order, up to `concurrency` at once, each
// through an OperationRunner, and commits every state change before the next network step.
class Pusher : public QObject
{
    Q_OBJECT

public:
    Pusher(LocalStore &store, remote::RemoteApi &api, PushSettings settings,
           QObject *parent = nullptr);
    ~Pusher() override;

    void start();
    // After needsReauthentication(): go on with a fresh token, or end with the error.
    void resume();
    void abandon(const Error &error);
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    // A 401 paused the push; nothing is in flight any more.
    void needsReauthentication();
    void invitationTokenReceived(const QString &userId, const QString &token);
    void mirrorChanged();
    // Nothing is in flight and the push waits until `retryAt` for a back-off to pass; `reason`
    // is the error that put the last operation back (unreachable, busy).
    void waiting(const QDateTime &retryAt, const zenml::Error &reason);
    void finished(const zenml::sync::PushReport &report);

private:
    void pump();
    void launch(int index);
    void run(int index, std::optional<QString> password);
    void onOutcome(int index, const OperationOutcome &outcome);
    void end(std::optional<Error> error = {});

    LocalStore &m_store;
    remote::RemoteApi &m_api;
    PushSettings m_settings;
    std::unique_ptr<PushPlan> m_plan;
    IdTranslator m_ids;
    std::unique_ptr<OutcomeApplier> m_applier;
    PushReport m_report;
    std::optional<Error> m_lastTransient;
    QTimer m_wake;
    qint64 m_waitBudget = 0;
    int m_total = 0;
    int m_initiallySettled = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_reauthAsked = false;
};

} // namespace zenml::sync
