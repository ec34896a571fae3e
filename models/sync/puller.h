#pragma once

#include "backoffpolicy.h"
#include "domain/entitykind.h"
#include "pullresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace zenml {
class LocalStore;
}
namespace zenml::remote {
class RemoteApi;
class ListJob;
class ListQuery;
} // namespace zenml::remote

namespace zenml::sync {

// Fetches what changed on the server and merges it into the mirror (PullApplier). Each kind is
// listed incrementally (`updated=gte:<watermark - margin>`, sorted by `updated`) once it has a
// watermark, or in full on the first pull and in a sweep, which is how deletions are found. The
// six lists run at once; they are merged together when all have arrived.
class Puller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMarginSeconds = 3;
    static inline const QString kLastPullEnd = QStringLiteral("sync.last_pull_end");

    Puller(LocalStore &store, remote::RemoteApi &api, QObject *parent = nullptr);
    ~Puller() override;

    // sweep: list every kind in full (deletions). Kinds without a watermark are always full.
    void start(bool sweep);
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void progress(int pages, int totalPages);
    void finished(const zenml::sync::PullReport &report);

private:
    template<typename Job, typename Row>
    void fetch(EntityKind kind, Job *(remote::RemoteApi::*factory)(const remote::ListQuery &) const,
               PullResult::Listing<Row> &listing, bool sweep);
    void onListed(const std::optional<Error> &error);
    void reportProgress();

    LocalStore &m_store;
    remote::RemoteApi &m_api;
    PullResult m_result;
    PullReport m_report;
    QList<QPointer<remote::ListJob>> m_jobs;
    QHash<remote::ListJob *, QPair<int, int>> m_pages; // job → (pages done, page count)
    QDateTime m_startedAt;   // local clock: only differences with m_lastPullEnd are used
    QDateTime m_lastPullEnd; // local clock, when the previous pull was applied
    int m_outstanding = 0;
    bool m_running = false;
    std::optional<Error> m_error;
};

} // namespace zenml::sync
