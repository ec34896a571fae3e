#include "auth/memorysecretstore.h"

#include "auth/secreterror.h"

namespace zenml {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::readEntry(const QString &entry, ReadDone done)
{
    if (!m_backendAvailable)
        return done(secreterror::noBackend());
    const auto it = m_entries.constFind(entry);
    if (it == m_entries.constEnd())
        return done(SecretReadResult(std::optional<QString>()));
    done(SecretReadResult(std::optional<QString>(it.value())));
}

void MemorySecretStore::writeEntry(const QString &entry, const QString &secret, StatusDone done)
{
    if (!m_backendAvailable)
        return done(secreterror::noBackend());
    if (m_writeFails)
        return done(secreterror::failed(QStringLiteral("simulated write failure")));
    m_entries.insert(entry, secret);
    done({});
}

void MemorySecretStore::removeEntry(const QString &entry, StatusDone done)
{
    if (!m_backendAvailable)
        return done(secreterror::noBackend());
    m_entries.remove(entry);
    done({});
}

} // namespace zenml
