#pragma once

#include "domain/error.h"

#include <QObject>
#include <QString>
#include <optional>

namespace zenml {

// The outcome of reading a secret: the secret, std::nullopt when there is no such entry (a normal
// outcome, e.g. no password saved yet), or an Error (ErrorKind::Keychain: no keychain or locked;
// ErrorKind::Io: the keychain failed otherwise; ErrorKind::Usage: malformed key).
using SecretReadResult = Result<std::optional<QString>>;

// One asynchronous read from a SecretStore. Created already running by SecretStore::read();
// finished() is emitted exactly once, from the event loop (never inside read()), and the job then
// deletes itself. Do not delete it.
class SecretReadJob : public QObject
{
    Q_OBJECT
public:
    SecretReadJob(QString profile, QString key);

    QString profile() const { return m_profile; }
    QString key() const { return m_key; }

    // For SecretStore only: records the result and emits finished() from the event loop.
    void finish(SecretReadResult result);

signals:
    void finished(const zenml::SecretReadResult &result);

private:
    QString m_profile;
    QString m_key;
    bool m_finished = false;
};

} // namespace zenml
