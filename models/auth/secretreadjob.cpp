#include "auth/secretreadjob.h"

#include <QMetaObject>

namespace zenml {

SecretReadJob::SecretReadJob(QString profile, QString key)
    : m_profile(std::move(profile))
    , m_key(std::move(key))
{}

void SecretReadJob::finish(SecretReadResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued, so a caller that connects right after read() never misses the signal.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            emit finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace zenml
