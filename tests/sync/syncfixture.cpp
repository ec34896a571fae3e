#include "syncfixture.h"

#include <QJsonObject>
#include <QSignalSpy>

namespace zenml::test {

SyncFixture::SyncFixture()
{
    m_server.reset();
    if (!m_server.listen())
        return;
    build();
    m_ok = m_store != nullptr;
}

SyncFixture::~SyncFixture()
{
    m_engine.reset();
    m_service.reset();
    m_store.reset();
}

void SyncFixture::build()
{
    auto store = LocalStore::open(path());
    if (!store)
        return;
    m_store = std::move(store.value());
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Server);
    remote::ServerEndpoint endpoint;
    endpoint.baseUrl = m_server.baseUrl();
    endpoint.token = m_server.tokenFor(QStringLiteral("default"));
    endpoint.timeout = std::chrono::milliseconds(2000);
    m_api = std::make_unique<remote::RemoteApi>(&m_network, endpoint);
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_api);
    m_engine->setBackoffPolicy(
        sync::BackoffPolicy(std::chrono::milliseconds(20), std::chrono::milliseconds(200)));
    m_engine->setMaxRetryWait(std::chrono::milliseconds(1000));
    m_engine->setReauthenticate([this](QObject *, std::function<void(Status)> done) {
        ++m_reauths;
        refreshToken();
        done({});
    });
}

void SyncFixture::reopen()
{
    m_engine.reset();
    m_service.reset();
    m_api.reset();
    m_store.reset();
    build();
}

void SyncFixture::refreshToken()
{
    m_api->setToken(m_server.tokenFor(QStringLiteral("default")));
}

std::optional<sync::SyncReport> SyncFixture::sync(sync::SyncMode mode, bool sweep, int timeoutMs)
{
    QSignalSpy spy(m_engine.get(), &sync::SyncEngine::finished);
    if (!m_engine->syncNow(mode, sweep))
        return std::nullopt;
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return std::nullopt;
    return spy.first().first().value<sync::SyncReport>();
}

QStringList serverNames(const QJsonArray &rows)
{
    QStringList names;
    for (const QJsonValue &row : rows)
        names << row.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

QString requestLogText(const TestServer &server)
{
    QStringList lines;
    for (const LoggedRequest &r : server.requestLog())
        lines << QStringLiteral("%1 %2?%3 -> %4 %5")
                     .arg(r.method, r.path, r.query)
                     .arg(r.status)
                     .arg(r.body.left(200));
    return lines.join(QLatin1Char('\n'));
}

} // namespace zenml::test
