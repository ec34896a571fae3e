#include "remoteapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUuid>

namespace zenml::remote {

namespace {

QString usersPath(const QString &nameOrId)
{
    return QStringLiteral("/users/") + ApiCall::segment(nameOrId);
}

} // namespace

RemoteApi::RemoteApi(QNetworkAccessManager *network, ServerEndpoint endpoint)
    : m_network(network)
    , m_endpoint(std::move(endpoint))
{}

ApiCall RemoteApi::jsonCall(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    ApiCall c;
    c.verb = verb;
    c.path = path;
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    c.contentType = "application/json";
    return c;
}

ApiCall RemoteApi::getCall(const QString &path)
{
    ApiCall c;
    c.path = path;
    return c;
}

ApiCall RemoteApi::deleteCall(const QString &path)
{
    ApiCall c;
    c.verb = "DELETE";
    c.path = path;
    return c;
}

ApiCall RemoteApi::requireUuid(ApiCall call, const QString &id, const QString &what)
{
    if (QUuid::fromString(id).isNull()) {
        //: %1 is "team", "role", ...; %2 what the caller passed
        call.refusal = Error::make(ErrorKind::Usage,
                                   tr("The server changes a %1 only by its id, and \"%2\" is not "
                                      "an id.")
                                       .arg(what, id.left(80)));
    }
    return call;
}

InfoJob *RemoteApi::serverInfo() const
{
    ApiCall c = getCall(QStringLiteral("/info"));
    c.authenticated = false;
    return new InfoJob(m_network, m_endpoint, c);
}

VersionJob *RemoteApi::serverVersion() const
{
    ApiCall c = getCall(QStringLiteral("/version"));
    c.authenticated = false;
    return new VersionJob(m_network, m_endpoint, c);
}

LoginJob *RemoteApi::login(const QString &username, const QString &password) const
{
    // Each value fully percent-encoded: form decoding would read a bare '+' as a space.
    const QByteArray form = "username=" + QUrl::toPercentEncoding(username) +
                            "&password=" + QUrl::toPercentEncoding(password);
    ApiCall c;
    c.verb = "POST";
    c.path = QStringLiteral("/login");
    c.body = form;
    c.contentType = "application/x-www-form-urlencoded";
    c.authenticated = false;
    return new LoginJob(m_network, m_endpoint, c);
}

UserJob *RemoteApi::currentUser() const
{
    return new UserJob(m_network, m_endpoint, getCall(QStringLiteral("/current-user")));
}

UserListJob *RemoteApi::listUsers(const ListQuery &query) const
{
    return new UserListJob(m_network, m_endpoint, getCall(QStringLiteral("/users")), query);
}

UserJob *RemoteApi::getUser(const QString &nameOrId) const
{
    return new UserJob(m_network, m_endpoint, getCall(usersPath(nameOrId)));
}

UserJob *RemoteApi::createUser(const QString &name, const UserChanges &fields) const
{
    QJsonObject body = fields.toJson();
    body.insert(QStringLiteral("name"), name);
    return new UserJob(m_network, m_endpoint, jsonCall("POST", QStringLiteral("/users"), body));
}

UserJob *RemoteApi::updateUser(const QString &nameOrId, const UserChanges &changes) const
{
    return new UserJob(m_network, m_endpoint,
                       jsonCall("PUT", usersPath(nameOrId), changes.toJson()));
}

DeleteJob *RemoteApi::deleteUser(const QString &nameOrId) const
{
    return new DeleteJob(m_network, m_endpoint, deleteCall(usersPath(nameOrId)));
}

UserJob *RemoteApi::activateUser(const QString &nameOrId, const QString &password,
                                 const QString &activationToken, const QString &name) const
{
    QJsonObject body{{QStringLiteral("password"), password},
                     {QStringLiteral("activation_token"), activationToken}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    ApiCall c = jsonCall("PUT", usersPath(nameOrId) + QStringLiteral("/activate"), body);
    c.authenticated = false;
    return new UserJob(m_network, m_endpoint, c);
}

ApiCall RemoteApi::deactivateCall(const QString &nameOrId)
{
    ApiCall c;
    c.verb = "PUT";
    c.path = usersPath(nameOrId) + QStringLiteral("/deactivate");
    return c;
}

UserJob *RemoteApi::deactivateUser(const QString &nameOrId) const
{
    return new UserJob(m_network, m_endpoint, deactivateCall(nameOrId));
}

} // namespace zenml::remote
