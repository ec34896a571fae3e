#include "context.h"

#include "exitcodes.h"
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
    // The service refers to the store: drop it first.
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
    return m_service.get();
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
