#include "profileconnector.h"

#include "serverconnection.h"
#include "serverprobe.h"
#include "store/localstore.h"

#include <QNetworkAccessManager>

namespace zenml {

ProfileConnector::ProfileConnector(SecretStore &secrets, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_probe(new ServerProbe(m_network, this))
{}

ProfileConnector::~ProfileConnector()
{
    close();
}

Result<ServerConnection *> ProfileConnector::open(ProfileManager &profiles, const ProfileInfo &info,
                                                  std::chrono::milliseconds timeout)
{
    close();
    auto store = profiles.open(info.name);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    m_connection = std::make_unique<ServerConnection>(info, *m_store, m_secrets, m_network);
    m_connection->setTimeout(timeout);
    return m_connection.get();
}

void ProfileConnector::close()
{
    // The connection refers to the store.
    m_connection.reset();
    m_store.reset();
}

} // namespace zenml
