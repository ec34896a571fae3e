#pragma once

#include "store/outboxoperation.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace zenml::sync {

// The order the outbox must keep, as a dependency graph over the open operations of one push:
// an operation waits for the earlier operation on the same row, for the create of every row it
// refers to (a user, role, team, workspace or member created offline), and a delete waits for
// every earlier operation that refers to the row it deletes. Everything else may run at once.
class PushPlan
{
public:
    explicit PushPlan(QList<OutboxOperation> operations);

    int size() const { return int(m_ops.size()); }
    OutboxOperation &at(int index) { return m_ops[index].op; }
    const OutboxOperation &at(int index) const { return m_ops.at(index).op; }

    // Indexes of operations that may start now (not running, every dependency done, back-off
    // over), in queue order, at most `limit`.
    QList<int> ready(const QDateTime &now, int limit) const;
    // The earliest time a waiting operation's back-off ends; nullopt when none waits for time.
    std::optional<QDateTime> nextWake() const;

    void setRunning(int index, bool running) { m_ops[index].running = running; }
    bool isRunning(int index) const { return m_ops.at(index).running; }
    int runningCount() const;
    // True when an earlier attempt may have reached the server (see OperationRunner).
    bool maySendTwice(int index) const { return m_ops.at(index).maySendTwice; }
    void markSent(int index) { m_ops[index].maySendTwice = true; }
    // Operations that ended Done, Failed or Conflict during this push.
    int settledCount() const;
    // The first open operation this one waits for, or -1.
    qint64 blockerOf(int index) const;

private:
    struct Entry
    {
        OutboxOperation op;
        QList<int> dependsOn;
        bool running = false;
        bool maySendTwice = false;
        OutboxStatus initialStatus = OutboxStatus::Pending;
    };
    bool dependenciesDone(const Entry &entry) const;

    QList<Entry> m_ops;
};

} // namespace zenml::sync
