#pragma once

#include "auth/secretstore.h"

namespace zenml {

// The SecretStore of the real application: the OS keychain through QtKeychain (Secret Service on
// Linux). Never falls back to plaintext storage.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    static QString serviceName(); // "zenml-admin"

protected:
    void readEntry(const QString &entry, ReadDone done) override;
    void writeEntry(const QString &entry, const QString &secret, StatusDone done) override;
    void removeEntry(const QString &entry, StatusDone done) override;
};

} // namespace zenml
