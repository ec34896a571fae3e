#include "pusher.h"

#include "operationrequest.h"
#include "operationrunner.h"
#include "outcomeapplier.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QPointer>

namespace zenml::sync {

Pusher::Pusher(LocalStore &store, remote::RemoteApi &api, PushSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_settings(std::move(settings))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Pusher::pump);
}

Pusher::~Pusher() = default;

void Pusher::start()
{
    if (m_running)
        return;
    m_report = {};
    m_lastTransient.reset();
    auto ids = IdTranslator::load(m_store.database());
    if (!ids) {
        m_running = true;
        end(ids.error());
        return;
    }
    m_ids = *ids;
    auto ops = m_store.outbox().list();
    if (!ops) {
        m_running = true;
        end(ops.error());
        return;
    }
    QList<OutboxOperation> queued = *ops;
    for (OutboxOperation &op : queued)
        OperationRequest::complete(m_store, m_ids, op);
    m_plan = std::make_unique<PushPlan>(queued);
    m_applier =
        std::make_unique<OutcomeApplier>(m_store, m_ids, m_settings.backoff, m_settings.clock);
    m_initiallySettled = m_plan->settledCount();
    m_total = m_plan->size() - m_initiallySettled;
    m_running = true;
    m_waitBudget = m_settings.maxRetryWait.count();
    m_paused = false;
    m_reauthAsked = false;
    Q_EMIT progress(0, m_total);
    pump();
}

void Pusher::resume()
{
    if (!m_running)
        return;
    m_paused = false;
    m_reauthAsked = false;
    pump();
}

void Pusher::abandon(const Error &error)
{
    if (m_running)
        end(error);
}

void Pusher::stop()
{
    if (!m_running)
        return;
    // Runners are children; deleting them aborts their requests. Operations stay InFlight in the
    // store, which the next push treats as "may have been sent".
    for (OperationRunner *runner : findChildren<OperationRunner *>(Qt::FindDirectChildrenOnly))
        delete runner;
    end(Error::make(ErrorKind::Cancelled, tr("The sync was stopped.")));
}

void Pusher::pump()
{
    if (!m_running)
        return;
    if (m_paused) {
        if (m_plan->runningCount() == 0 && !m_reauthAsked) {
            m_reauthAsked = true;
            Q_EMIT needsReauthentication();
        }
        return;
    }
    const QDateTime now = m_settings.clock();
    const int free = m_settings.concurrency - m_plan->runningCount();
    if (free > 0) {
        for (int index : m_plan->ready(now, free))
            launch(index);
    }
    if (!m_running || m_plan->runningCount() > 0)
        return;
    if (const auto wake = m_plan->nextWake()) {
        // The waits of one push share one budget, so an unreachable server ends the push.
        const qint64 wait = std::max<qint64>(0, now.msecsTo(*wake));
        if (wait <= m_waitBudget) {
            m_waitBudget -= std::max<qint64>(wait, 1);
            m_wake.start(int(wait));
            Q_EMIT waiting(now.addMSecs(wait),
                           m_lastTransient.value_or(
                               Error::make(ErrorKind::Network, tr("Waiting to try again."))));
            return;
        }
    }
    end();
}

void Pusher::launch(int index)
{
    m_plan->setRunning(index, true);
    const OutboxOperation &op = m_plan->at(index);
    if (!OperationRequest::needsPassword(op)) {
        run(index, std::nullopt);
        return;
    }
    if (!m_settings.passwords.read) {
        // Never send such a change without its password: that would make another user.
        OperationOutcome o;
        o.kind = OperationOutcome::Kind::Failed;
        o.error = Error::make(ErrorKind::Keychain,
                              tr("This change carries a password kept in the keychain, which "
                                 "this sync cannot read."));
        QMetaObject::invokeMethod(
            this, [this, index, o] { onOutcome(index, o); }, Qt::QueuedConnection);
        return;
    }
    QPointer<Pusher> self(this);
    m_settings.passwords.read(
        OperationRequest::passwordKey(op.entityId),
        [self, index](const Result<std::optional<QString>> &secret) {
            if (!self || !self->m_running)
                return;
            if (!secret) {
                self->onOutcome(index, OperationOutcome::fromError(secret.error()));
                return;
            }
            if (!secret.value()) {
                OperationOutcome o;
                o.kind = OperationOutcome::Kind::Failed;
                o.error = Error::make(ErrorKind::Keychain,
                                      tr("The password queued with this change is no longer in "
                                         "the keychain. Drop the change and set the password "
                                         "again."));
                self->onOutcome(index, o);
                return;
            }
            self->run(index, *secret.value());
        });
}

void Pusher::run(int index, std::optional<QString> password)
{
    OutboxOperation &op = m_plan->at(index);
    // Earlier answers may have rebased this operation in the store: send what the store holds.
    auto fresh = m_store.outbox().byId(op.id);
    if (!fresh) {
        m_plan->setRunning(index, false);
        end(fresh.error());
        return;
    }
    if (!fresh.value()) { // dropped by the admin meanwhile
        m_plan->setRunning(index, false);
        op.status = OutboxStatus::Done;
        QMetaObject::invokeMethod(this, &Pusher::pump, Qt::QueuedConnection);
        return;
    }
    op = *fresh.value();
    OperationRequest::complete(m_store, m_ids, op);
    if (Status s = m_applier->markInFlight(op.id); !s) {
        m_plan->setRunning(index, false);
        end(s.error());
        return;
    }
    const bool twice = m_plan->maySendTwice(index);
    op.status = OutboxStatus::InFlight;
    m_plan->markSent(index);
    auto *runner = new OperationRunner(m_api, op, m_ids, twice, std::move(password), this);
    connect(runner, &OperationRunner::finished, this,
            [this, runner, index](const OperationOutcome &outcome) {
                runner->deleteLater();
                onOutcome(index, outcome);
            });
    runner->start();
}

void Pusher::onOutcome(int index, const OperationOutcome &outcome)
{
    if (!m_running)
        return;
    OutboxOperation &op = m_plan->at(index);
    m_plan->setRunning(index, false);
    auto status = m_applier->apply(op, outcome);
    if (!status) {
        end(status.error());
        return;
    }
    op.status = *status;
    switch (outcome.kind) {
    case OperationOutcome::Kind::Done:
        ++m_report.sent;
        if (OperationRequest::needsPassword(op) && m_settings.passwords.remove)
            m_settings.passwords.remove(OperationRequest::passwordKey(op.entityId));
        if (!outcome.activationToken.isEmpty())
            Q_EMIT invitationTokenReceived(outcome.serverRow.value(QStringLiteral("id")).toString(),
                                           outcome.activationToken);
        Q_EMIT mirrorChanged();
        break;
    case OperationOutcome::Kind::Transient:
        m_lastTransient = outcome.error;
        // The store drew the back-off; read it back rather than drawing another.
        if (auto fresh = m_store.outbox().byId(op.id); fresh && fresh.value())
            op = *fresh.value();
        break;
    case OperationOutcome::Kind::Failed:
        ++m_report.failed;
        break;
    case OperationOutcome::Kind::Conflict:
        ++m_report.conflicts;
        break;
    case OperationOutcome::Kind::Unauthorized:
        m_paused = true;
        break;
    }
    Q_EMIT progress(m_plan->settledCount() - m_initiallySettled, m_total);
    pump();
}

void Pusher::end(std::optional<Error> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_wake.stop();
    m_report.error = std::move(error);
    if (m_plan) {
        int remaining = 0;
        for (int i = 0; i < m_plan->size(); ++i) {
            const OutboxStatus s = m_plan->at(i).status;
            remaining += (s == OutboxStatus::Pending || s == OutboxStatus::InFlight) ? 1 : 0;
        }
        m_report.remaining = remaining;
    }
    if (!m_report.error) {
        if (Status s = m_store.outbox().removeDone(); !s)
            m_report.error = s.error();
    }
    Q_EMIT finished(m_report);
}

} // namespace zenml::sync
