#include "puller.h"

#include "pullapplier.h"
#include "remote/remoteapi.h"
#include "store/localstore.h"

#include <QElapsedTimer>

namespace zenml::sync {

Puller::Puller(LocalStore &store, remote::RemoteApi &api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{}

Puller::~Puller()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
}

template<typename Job, typename Row>
void Puller::fetch(EntityKind kind,
                   Job *(remote::RemoteApi::*factory)(const remote::ListQuery &) const,
                   PullResult::Listing<Row> &listing, bool sweep)
{
    remote::ListQuery query;
    const auto mark = m_store.meta(PullApplier::watermarkKey(kind));
    const QString watermark = mark ? *mark : QString();
    const auto settled = m_store.meta(PullApplier::settledKey(kind));
    listing.full = sweep || watermark.isEmpty();
    listing.previousWatermark = watermark;
    if (!listing.full) {
        QDateTime since = QDateTime::fromString(watermark, Qt::ISODateWithMs);
        since.setTimeSpec(Qt::UTC);
        if (settled && *settled == watermark) {
            // The margin behind this watermark was re-read already: only what came after it.
            // (The filter has one-second granularity.)
            since = since.addMSecs(-since.time().msec()).addSecs(1);
        } else {
            // Rows may commit out of order: look back a little and let the applier skip what it
            // has already seen. When this happens at least a margin after the pull that set the
            // watermark, every late commit before it is in this answer.
            since = since.addSecs(-kMarginSeconds);
            listing.settlesWatermark = m_lastPullEnd.isValid() &&
                                       m_lastPullEnd.msecsTo(m_startedAt) >= kMarginSeconds * 1000;
        }
        query.updatedSince(since).sortBy(QStringLiteral("asc:updated"));
    }
    Job *job = (m_api.*factory)(query);
    m_jobs << job;
    m_pages.insert(job, {0, 1});
    ++m_outstanding;
    connect(job, &remote::ListJob::progress, this, [this, job](int page, int pageCount) {
        m_pages.insert(job, {page, pageCount});
        ++m_report.requests;
        reportProgress();
    });
    connect(job, &Job::finished, this, [this, &listing](const Result<QList<Row>> &rows) {
        if (rows)
            listing.rows = *rows;
        onListed(rows ? std::nullopt : std::optional<Error>(rows.error()));
    });
    job->start();
}

void Puller::start(bool sweep)
{
    if (m_running)
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    const auto lastEnd = m_store.meta(kLastPullEnd);
    m_lastPullEnd = lastEnd ? QDateTime::fromString(*lastEnd, Qt::ISODateWithMs) : QDateTime();
    m_result = {};
    m_report = {};
    m_error.reset();
    m_jobs.clear();
    m_pages.clear();
    m_outstanding = 0;
    using A = remote::RemoteApi;
    fetch(EntityKind::Workspace, &A::listWorkspaces, m_result.workspaces, sweep);
    fetch(EntityKind::Role, &A::listRoles, m_result.roles, sweep);
    fetch(EntityKind::User, &A::listUsers, m_result.users, sweep);
    fetch(EntityKind::Team, &A::listTeams, m_result.teams, sweep);
    fetch(EntityKind::UserRoleAssignment, &A::listUserAssignments, m_result.userAssignments, sweep);
    fetch(EntityKind::TeamRoleAssignment, &A::listTeamAssignments, m_result.teamAssignments, sweep);
}

void Puller::stop()
{
    if (!m_running)
        return;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
}

void Puller::reportProgress()
{
    int done = 0;
    int total = 0;
    for (const auto &[page, count] : std::as_const(m_pages)) {
        done += page;
        total += std::max(count, 1);
    }
    Q_EMIT progress(done, total);
}

void Puller::onListed(const std::optional<Error> &error)
{
    --m_outstanding;
    if (error && !m_error) {
        m_error = error;
        // One list failed: the pull is incomplete and nothing of it is applied. Aborting finishes
        // the other jobs at once, which re-enters here; the last one to finish ends the pull.
        for (const auto &job : std::as_const(m_jobs)) {
            if (job && !job->isFinished())
                job->abort();
        }
    }
    if (m_outstanding > 0 || !m_running)
        return;
    m_running = false;
    if (!m_error) {
        PullApplier applier(m_store);
        QElapsedTimer t;
        t.start();
        const Status s = applier.apply(m_result, m_report);
        if (qEnvironmentVariableIsSet("ZENML_SYNC_TIMING"))
            qInfo("pull apply: %lld ms", t.elapsed());
        if (!s)
            m_error = s.error();
        else
            (void)m_store.setMeta(kLastPullEnd,
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    m_report.error = m_error;
    m_result = {};
    Q_EMIT finished(m_report);
}

} // namespace zenml::sync
