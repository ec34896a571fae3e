#include "serverconnection.h"

#include "adminservice.h"
#include "auth/secretstore.h"
#include "remote/compatibility.h"
#include "serverurl.h"
#include "store/localstore.h"
#include "sync/operationrequest.h"

#include <QNetworkAccessManager>

namespace zenml {

namespace {
// Kept in the profile's meta table next to ProfileManager's own keys.
const QString kInsecureKey = QStringLiteral("allow_insecure_http");
const QString kPinKey = QStringLiteral("pinned_fingerprint"); // ProfileManager's key

QNetworkAccessManager *networkOrOwn(QNetworkAccessManager *given, QObject *owner)
{
    return given ? given : new QNetworkAccessManager(owner);
}
} // namespace

ServerConnection::ServerConnection(ProfileInfo profile, LocalStore &store, SecretStore &secrets,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_store(store)
    , m_secrets(secrets)
    , m_network(networkOrOwn(network, this))
    , m_api(m_network, {})
{
    remote::ServerEndpoint endpoint;
    auto url = ServerUrl::normalize(m_profile.serverUrl);
    endpoint.baseUrl = url ? *url : QUrl(m_profile.serverUrl);
    endpoint.pinnedSha256 = m_profile.fingerprint;
    m_api.setEndpoint(endpoint);
    if (auto record = SessionRecord::load(m_store))
        m_record = *record;
    const auto insecure = m_store.meta(kInsecureKey);
    m_insecureAllowed = insecure && *insecure == QLatin1String("1");
}

ServerConnection::~ServerConnection()
{
    // Nobody may be left waiting for a login that will never finish.
    const auto waiting = std::exchange(m_reauthWaiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(Error::make(ErrorKind::Cancelled, tr("The connection was closed.")));
    }
}

Status ServerConnection::reloadRecord()
{
    auto record = SessionRecord::load(m_store);
    if (!record)
        return record.error();
    m_record = *record;
    emit sessionChanged();
    return {};
}

bool ServerConnection::adoptSession(const ServerConnection &other)
{
    const ProfileInfo &theirs = other.profile();
    if (&other == this || !other.hasToken() || theirs.name != m_profile.name ||
        !theirs.signsInLike(m_profile))
        return false;
    m_session = other.m_session;
    m_record = other.m_record;
    m_serverInfo = other.m_serverInfo;
    m_sessionPassword = other.m_sessionPassword;
    m_api.setToken(m_session.bearerToken());
    emit sessionChanged();
    return true;
}

void ServerConnection::setTimeout(std::chrono::milliseconds timeout)
{
    remote::ServerEndpoint endpoint = m_api.endpoint();
    endpoint.timeout = timeout;
    m_api.setEndpoint(endpoint);
}

Status ServerConnection::setInsecureHttpAllowed(bool allowed)
{
    if (Status s = m_store.setMeta(kInsecureKey, allowed ? QStringLiteral("1") : QString()); !s)
        return s;
    m_insecureAllowed = allowed;
    return {};
}

Status ServerConnection::trustCertificate(const QString &sha256)
{
    const QString pin = remote::ServerEndpoint::normalizeFingerprint(sha256);
    if (pin.isEmpty())
        return Error::make(ErrorKind::Invalid,
                           tr("'%1' is not a SHA-256 fingerprint: expected 32 bytes in hex, like "
                              "AB:CD:... (64 hex digits).")
                               .arg(sha256.left(120)));
    if (Status s = m_store.setMeta(kPinKey, pin); !s)
        return s;
    m_profile.fingerprint = pin;
    remote::ServerEndpoint endpoint = m_api.endpoint();
    endpoint.pinnedSha256 = pin;
    m_api.setEndpoint(endpoint);
    m_rejected.reset();
    return {};
}

Status ServerConnection::checkPermission(Permission permission, const QString &action) const
{
    if (hasToken())
        return m_session.require(permission, action);
    return m_record.gateSession().require(permission, action);
}

bool ServerConnection::canWrite() const
{
    return checkPermission(Permission::Write, QString()).ok();
}

void ServerConnection::installPermissionGate(AdminService &service)
{
    QPointer<ServerConnection> self(this);
    service.setPermissionGate([self](Permission permission, const QString &action) -> Status {
        if (!self)
            return Session().require(permission, action);
        return self->checkPermission(permission, action);
    });
}

void ServerConnection::installSecretSink(AdminService &service)
{
    QPointer<ServerConnection> self(this);
    service.setSecretSink([self](const QString &userId, const QString &secret) -> Status {
        if (!self)
            return Error::make(ErrorKind::Keychain,
                               tr("The connection to the keychain is closed."));
        // The facade's sink is synchronous; a keychain write is short.
        return self->m_secrets.writeSync(self->m_profile.name,
                                         sync::OperationRequest::passwordKey(userId), secret);
    });
}

Status ServerConnection::insecureRefusal() const
{
    const QUrl url = m_api.endpoint().baseUrl;
    if (m_insecureAllowed || !ServerUrl::needsInsecureConfirmation(url))
        return {};
    return Error::make(ErrorKind::Usage,
                       ServerUrl::insecureWarning(url) + QLatin1Char(' ') +
                           tr("Confirm plain http:// for profile '%1' first.").arg(m_profile.name));
}

void ServerConnection::watch(remote::RemoteJob *job)
{
    connect(job, &remote::RemoteJob::certificateRejected, this,
            [this](const remote::CertificateInfo &certificate) {
                m_rejected = certificate;
                emit certificateRejected(certificate);
            });
}

void ServerConnection::runCheck(InfoDone done)
{
    m_rejected.reset();
    if (Status s = insecureRefusal(); !s) {
        // Asynchronous like every other outcome, so callers see one shape.
        QMetaObject::invokeMethod(
            this, [done, error = s.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    remote::InfoJob *job = m_api.serverInfo();
    watch(job);
    connect(job, &remote::InfoJob::finished, this,
            [this, done](const Result<remote::ServerInfo> &result) {
                if (!result) {
                    done(result);
                    return;
                }
                if (Status compatible = remote::Compatibility::check(*result); !compatible) {
                    done(compatible.error());
                    return;
                }
                m_serverInfo = *result;
                done(result);
            });
    job->start();
}

void ServerConnection::checkServer()
{
    runCheck([this](const Result<remote::ServerInfo> &result) { emit serverChecked(result); });
}

void ServerConnection::login(const QString &password, bool remember)
{
    runLogin(password, remember ? PasswordPolicy::Store : PasswordPolicy::Forget,
             [this](const Result<LoginOutcome> &result) { emit loginFinished(result); });
}

void ServerConnection::ensureSession()
{
    runEnsure(false, [this](const Status &status) { emit sessionReady(status); });
}

void ServerConnection::logout()
{
    runLogout([this](const Result<QString> &note) { emit loggedOut(note); });
}

template<typename R>
R ServerConnection::waitFor(const std::function<void(std::function<void(R)>)> &run)
{
    std::optional<R> result;
    QEventLoop loop;
    run([&result, &loop](R value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*result);
}

Result<remote::ServerInfo> ServerConnection::checkServerSync()
{
    using R = Result<remote::ServerInfo>;
    return waitFor<R>(
        [this](std::function<void(R)> done) { runCheck([done](const R &r) { done(r); }); });
}

Result<LoginOutcome> ServerConnection::loginSync(const QString &password, bool remember)
{
    using R = Result<LoginOutcome>;
    return waitFor<R>([&](std::function<void(R)> done) {
        runLogin(password, remember ? PasswordPolicy::Store : PasswordPolicy::Forget,
                 [done](const R &r) { done(r); });
    });
}

Status ServerConnection::ensureSessionSync()
{
    return waitFor<Status>([this](std::function<void(Status)> done) {
        runEnsure(false, [done](const Status &s) { done(s); });
    });
}

Result<QString> ServerConnection::logoutSync()
{
    using R = Result<QString>;
    return waitFor<R>(
        [this](std::function<void(R)> done) { runLogout([done](const R &r) { done(r); }); });
}

} // namespace zenml
