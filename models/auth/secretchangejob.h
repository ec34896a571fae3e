#pragma once

#include "domain/error.h"

#include <QObject>
#include <QString>

namespace zenml {

// One asynchronous change of a SecretStore (write, remove, removeAll, checkAvailable). Created
// already running; finished() is emitted exactly once, from the event loop (never inside the call
// that created the job), and the job then deletes itself. Do not delete it.
class SecretChangeJob : public QObject
{
    Q_OBJECT
public:
    SecretChangeJob(QString profile, QString key);

    QString profile() const { return m_profile; }
    QString key() const { return m_key; } // empty for removeAll and checkAvailable

    // For SecretStore only: records the result and emits finished() from the event loop.
    void finish(Status status);

signals:
    void finished(const zenml::Status &status);

private:
    QString m_profile;
    QString m_key;
    bool m_finished = false;
};

} // namespace zenml
