#pragma once

#include "remote/remoteapi.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "support/testserver.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

namespace zenml::test {

// A server profile's store, the facade over it, a REST client signed in as "default" and a
// SyncEngine, all against an in-process test server on 127.0.0.1. Back-off is short so that
// retries happen within a test.
class SyncFixture
{
public:
    SyncFixture();
    ~SyncFixture();

    bool ok() const { return m_ok; }
    TestServer &server() { return m_server; }
    LocalStore &store() { return *m_store; }
    AdminService &service() { return *m_service; }
    remote::RemoteApi &api() { return *m_api; }
    sync::SyncEngine &engine() { return *m_engine; }
    QString path() const { return m_dir.filePath(QStringLiteral("profile.sqlite")); }

    // Runs one sync to its end; the report, or nullopt when it did not end in time.
    std::optional<sync::SyncReport> sync(sync::SyncMode mode = sync::SyncMode::Both,
                                         bool sweep = false, int timeoutMs = 20000);
    // A fresh token for "default", as a sign-in would give.
    void refreshToken();
    int reauthCount() const { return m_reauths; }
    // Drops and reopens the store and engine (an app restart); the server keeps running.
    void reopen();

private:
    void build();

    QTemporaryDir m_dir;
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    std::unique_ptr<remote::RemoteApi> m_api;
    std::unique_ptr<sync::SyncEngine> m_engine;
    int m_reauths = 0;
    bool m_ok = false;
};

// Names of the rows the server holds, sorted, for end-state comparisons.
QStringList serverNames(const QJsonArray &rows);
// The server's request log, one line per request, for failure messages.
QString requestLogText(const TestServer &server);

} // namespace zenml::test
