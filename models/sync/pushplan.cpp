#include "pushplan.h"

#include "operationrequest.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace zenml::sync {

PushPlan::PushPlan(QList<OutboxOperation> operations)
{
    QHash<QString, int> lastOnEntity;
    QHash<QString, int> createOf;
    QHash<QString, QList<int>> referrers;
    m_ops.reserve(operations.size());
    for (OutboxOperation &op : operations) {
        Entry e;
        const int index = int(m_ops.size());
        const QStringList refs = OperationRequest::referencedIds(op);
        QSet<int> deps;
        if (const auto it = lastOnEntity.constFind(op.entityId); it != lastOnEntity.constEnd())
            deps.insert(*it);
        for (const QString &ref : refs) {
            if (const auto it = createOf.constFind(ref); it != createOf.constEnd())
                deps.insert(*it);
        }
        if (OperationRequest::isDelete(op)) {
            for (int earlier : referrers.value(op.entityId))
                deps.insert(earlier);
        }
        // Sorted, so the earliest unfinished operation is the one reported as the blocker.
        e.dependsOn = deps.values();
        std::sort(e.dependsOn.begin(), e.dependsOn.end());
        e.initialStatus = op.status;
        // Qt re-sends a request once by itself when a kept-alive connection closes before the
        // answer, so ANY create may reach the server twice: creates always take the retry path.
        e.maySendTwice = op.status == OutboxStatus::InFlight || op.attempts > 0 ||
                         OperationRequest::isCreate(op);
        lastOnEntity.insert(op.entityId, index);
        if (OperationRequest::isCreate(op))
            createOf.insert(op.entityId, index);
        for (const QString &ref : refs)
            referrers[ref].append(index);
        e.op = std::move(op);
        m_ops.append(std::move(e));
    }
}

bool PushPlan::dependenciesDone(const Entry &entry) const
{
    for (int dep : entry.dependsOn) {
        if (m_ops.at(dep).op.status != OutboxStatus::Done)
            return false;
    }
    return true;
}

QList<int> PushPlan::ready(const QDateTime &now, int limit) const
{
    QList<int> out;
    for (int i = 0; i < m_ops.size() && out.size() < limit; ++i) {
        const Entry &e = m_ops.at(i);
        if (e.running)
            continue;
        if (e.op.status != OutboxStatus::Pending && e.op.status != OutboxStatus::InFlight)
            continue;
        if (e.op.nextAttempt.isValid() && e.op.nextAttempt > now)
            continue;
        if (dependenciesDone(e))
            out << i;
    }
    return out;
}

std::optional<QDateTime> PushPlan::nextWake() const
{
    std::optional<QDateTime> wake;
    for (const Entry &e : m_ops) {
        if (e.running || e.op.status != OutboxStatus::Pending || !e.op.nextAttempt.isValid())
            continue;
        if (!dependenciesDone(e))
            continue;
        if (!wake || e.op.nextAttempt < *wake)
            wake = e.op.nextAttempt;
    }
    return wake;
}

int PushPlan::runningCount() const
{
    int n = 0;
    for (const Entry &e : m_ops)
        n += e.running ? 1 : 0;
    return n;
}

int PushPlan::settledCount() const
{
    int n = 0;
    for (const Entry &e : m_ops) {
        const OutboxStatus s = e.op.status;
        n += (s == OutboxStatus::Done || s == OutboxStatus::Failed || s == OutboxStatus::Conflict)
                 ? 1
                 : 0;
    }
    return n;
}

qint64 PushPlan::blockerOf(int index) const
{
    for (int dep : m_ops.at(index).dependsOn) {
        if (m_ops.at(dep).op.status != OutboxStatus::Done)
            return m_ops.at(dep).op.id;
    }
    return -1;
}

} // namespace zenml::sync
