#pragma once

#include "auth/secretstore.h"

#include <QMap>

namespace zenml {

// An in-memory SecretStore for unit tests, with switches to simulate a missing keychain and
// failing writes.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    // false: every operation fails with ErrorKind::Keychain, as with no Secret Service.
    void setBackendAvailable(bool available) { m_backendAvailable = available; }
    // true: every write fails with ErrorKind::Io; reads and removals still work.
    void setWriteFails(bool fails) { m_writeFails = fails; }

    // Inspection for tests: the raw entry names ("<profile>/<key>") and their values.
    QStringList entryNames() const { return m_entries.keys(); }
    QString entryValue(const QString &entry) const { return m_entries.value(entry); }

protected:
    void readEntry(const QString &entry, ReadDone done) override;
    void writeEntry(const QString &entry, const QString &secret, StatusDone done) override;
    void removeEntry(const QString &entry, StatusDone done) override;

private:
    QMap<QString, QString> m_entries;
    bool m_backendAvailable = true;
    bool m_writeFails = false;
};

} // namespace zenml
