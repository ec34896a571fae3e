#pragma once

#include "certificateinfo.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <optional>

namespace zenml::remote {

// Starts `job` and spins a local event loop until it finishes, for the headless, single-shot CLI.
// Returns the job's result; `rejected` receives the peer certificate when the job failed on TLS
// verification. The job is gone when this returns. Never use this from GUI code.
template<typename Job>
typename Job::ResultType awaitJob(Job *job, std::optional<CertificateInfo> *rejected = nullptr)
{
    std::optional<typename Job::ResultType> result;
    QEventLoop loop;
    QPointer<Job> guard(job);
    QObject::connect(job, &Job::finished, &loop,
                     [&result, &loop, job, rejected](const typename Job::ResultType &r) {
                         result = r;
                         if (rejected)
                             *rejected = job->rejectedCertificate();
                         loop.quit();
                     });
    job->start();
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    // The job has scheduled deleteLater(); delete it now, as a CLI may never return to an
    // outer event loop that would.
    delete guard.data();
    return std::move(*result);
}

} // namespace zenml::remote
