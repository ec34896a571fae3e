#pragma once

#include "domain/error.h"
#include "service/profilemanager.h"

#include <QObject>
#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace zenml {

class LocalStore;
class SecretStore;
class ServerConnection;
class ServerProbe;

// What the Connect dialog needs of the network, kept in models/ so that widgets/ includes
// neither Qt Network nor Qt Sql: the QNetworkAccessManager, a probe for "Test connection", and
// the opened store and ServerConnection of the profile being saved and signed in.
class ProfileConnector : public QObject
{
    Q_OBJECT

public:
    // `network` may be null: the connector then makes its own.
    explicit ProfileConnector(SecretStore &secrets, QNetworkAccessManager *network = nullptr,
                              QObject *parent = nullptr);
    ~ProfileConnector() override;

    ServerProbe &probe() const { return *m_probe; }
    // Opens the profile's store through `profiles` and a connection to its server (closing the
    // one before), with `timeout` for each request.
    Result<ServerConnection *> open(ProfileManager &profiles, const ProfileInfo &info,
                                    std::chrono::milliseconds timeout);
    // The connection of the profile opened last (null before, or after close()).
    ServerConnection *connection() const { return m_connection.get(); }
    // Lets go of the connection and the profile's file (before the profile is removed).
    void close();

private:
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network = nullptr;
    ServerProbe *m_probe = nullptr;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ServerConnection> m_connection;
};

} // namespace zenml
