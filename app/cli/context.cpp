#include "context.h"

#include "auth/keychainsecretstore.h"
#include "exitcodes.h"
#include "service/serverconnection.h"
#include "store/localstore.h"

#include <QCoreApplication>

namespace zenml::cli {

namespace {
QString dataDirOf(const GlobalOptions &options)
{
    // --data-dir wins over ZENML_ADMIN_DATA_DIR, which wins over the platform folder
    // (defaultDataDir() reads the variable).
    if (options.dataDir)
        return *options.dataDir;
    return ProfileManager::defaultDataDir();
}
} // namespace

Context::Context(const GlobalOptions &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
    , m_profiles(dataDirOf(options))
{}

Context::~Context()
{
    // The service and the connection refer to the store: drop them first.
    m_connection.reset();
    m_service.reset();
    m_store.reset();
}

QString Context::profileName() const
{
    if (m_options.profile)
        return *m_options.profile;
    return m_profiles.activeProfile();
}

Result<ProfileInfo> Context::profileInfo()
{
    if (!m_info) {
        auto opened = service();
        if (!opened)
            return opened.error();
    }
    return *m_info;
}

Result<AdminService *> Context::service()
{
    if (m_service)
        return m_service.get();
    if (Status s = m_profiles.ensureDataDir(); !s)
        return s.error();
    const QString name = profileName();
    auto store = m_profiles.open(name);
    if (!store)
        return store.error();
    auto info = m_profiles.info(name);
    if (!info)
        return info.error();
    m_info = *info;
    m_store = std::move(store.value());
    m_service = std::make_unique<AdminService>(*m_store, info->kind);
    if (info->kind == ProfileKind::Server) {
        m_connection = std::make_unique<ServerConnection>(*info, *m_store, secrets());
        // A test seam: the timeout tests cannot wait the default 30 s.
        const int timeoutMs = qEnvironmentVariableIntValue("ZENML_ADMIN_NETWORK_TIMEOUT_MS");
        if (timeoutMs > 0)
            m_connection->setTimeout(std::chrono::milliseconds(timeoutMs));
        m_connection->installPermissionGate(*m_service);
        m_connection->installSecretSink(*m_service);
    }
    return m_service.get();
}

SecretStore &Context::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

Result<ServerConnection *> Context::connection()
{
    auto opened = service();
    if (!opened)
        return opened.error();
    if (!m_connection)
        return Error::make(ErrorKind::Usage,
                           QCoreApplication::translate("zenml::cli::Context",
                                                       "'%1' is a local profile: there is no "
                                                       "server to sign in to. Create a server "
                                                       "profile with 'zenml-admin profile create "
                                                       "NAME --url URL --username USER'.")
                               .arg(profileName()));
    return m_connection.get();
}

void Context::say(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void Context::print(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Context::printList(const QJsonArray &rows, const QList<Column> &columns,
                        const QString &emptyMessage)
{
    if (rows.isEmpty() && format() == OutputFormat::Table) {
        say(emptyMessage);
        return;
    }
    print(renderList(rows, columns, format()));
}

void Context::printObject(const QJsonObject &object, const QList<Column> &columns)
{
    print(renderObject(object, columns, format()));
}

int Context::fail(const Error &error)
{
    m_err << QCoreApplication::translate("zenml::cli::Context", "Error: %1").arg(error.message)
          << '\n';
    m_err.flush();
    return exitCodeFor(error.kind);
}

} // namespace zenml::cli
