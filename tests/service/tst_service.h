#pragma once

#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

// AdminService on a local and on a server-kind profile: every verb, name resolution, the outbox
// operations a server profile queues, and every rule violation leaving the database unchanged.
class TestService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // tst_service.cpp
    void nameResolution();
    void userVerbs();
    void teamVerbs();
    void roleVerbs();
    void workspaceVerbs();
    void assignmentVerbs();
    void serverProfileQueuesOperations();
    void serverPasswordNeedsKeychain();
    void changedSignal();
    void severalVerbsAsOneEdit();
    void permissionGate();
    void profiles();

    // tst_service_rules.cpp
    void ruleViolationsLeaveNoTrace_data();
    void ruleViolationsLeaveNoTrace();

private:
    // Opens (creating it first) a profile in the temporary data folder.
    zenml::AdminService &service(zenml::ProfileKind kind);
    // bob (viewer), carl, team ml {bob}, workspace ws1, role spare (unused).
    void seed(zenml::AdminService &service);
    // The same as service() + seed() (+ role gamma), from a copy made once per profile kind.
    zenml::AdminService &seededService(zenml::ProfileKind kind);
    QString storePath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_templates;
    std::unique_ptr<zenml::ProfileManager> m_profiles;
    std::unique_ptr<zenml::LocalStore> m_store;
    std::unique_ptr<zenml::AdminService> m_service;
    QList<std::pair<QString, QString>> m_secrets;
};
