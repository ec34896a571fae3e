#pragma once

#include "domain/error.h"
#include "outputformat.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"

#include <QTextStream>
#include <memory>
#include <optional>

namespace zenml {
class LocalStore;
class SecretStore;
class ServerConnection;
} // namespace zenml

namespace zenml::cli {

// The options every command accepts, wherever they stand on the command line.
struct GlobalOptions
{
    std::optional<QString> profile;
    std::optional<QString> dataDir;
    OutputFormat output = OutputFormat::Table;
    QString language;
    bool help = false;
    bool version = false;
};

// What a command runs against: the streams, the output format and, opened on first use, the
// profile's store behind the AdminService facade.
class Context
{
public:
    Context(const GlobalOptions &options, QTextStream &out, QTextStream &err);
    ~Context();

    const GlobalOptions &options() const { return m_options; }
    OutputFormat format() const { return m_options.output; }
    ProfileManager &profiles() { return m_profiles; }

    // The profile the command works on: --profile, else the active one.
    QString profileName() const;
    // Opens the profile (creating the default local profile on first use).
    Result<AdminService *> service();
    Result<ProfileInfo> profileInfo();
    // The keychain, created on first use.
    SecretStore &secrets();
    // The server connection of a server profile, opened with the service (which it gates by the
    // signed-in user's permissions); a Usage error for a local profile.
    Result<ServerConnection *> connection();

    // Prints one line to stdout.
    void say(const QString &line);
    // Prints rendered output as is.
    void print(const QString &text);
    // A listing in the chosen format; in a table, emptyMessage replaces an empty one.
    void printList(const QJsonArray &rows, const QList<Column> &columns,
                   const QString &emptyMessage);
    void printObject(const QJsonObject &object, const QList<Column> &columns);
    // Prints "Error: <message>" on stderr and returns the exit code of the error's kind.
    int fail(const Error &error);

private:
    GlobalOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    ProfileManager m_profiles;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerConnection> m_connection;
    std::optional<ProfileInfo> m_info;
};

} // namespace zenml::cli
