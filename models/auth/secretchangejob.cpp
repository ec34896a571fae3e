#include "auth/secretchangejob.h"

#include <QMetaObject>

namespace zenml {

SecretChangeJob::SecretChangeJob(QString profile, QString key)
    : m_profile(std::move(profile))
    , m_key(std::move(key))
{}

void SecretChangeJob::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued, so a caller that connects right after write() never misses the signal.
    QMetaObject::invokeMethod(
        this,
        [this, status = std::move(status)] {
            emit finished(status);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace zenml
