#pragma once

#include "store/localstore.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

// LocalStore: the file's life (migrations, reopening, damage, read-only, transactions) and each
// query of each table class, including the outbox.
class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // tst_store.cpp
    void migrationsFromNoFile();
    void migrationsFromEmptyFile();
    void newerSchemaIsRefused();
    void seeding();
    void reopeningKeepsData();
    void failedTransactionLeavesNoTrace();
    void committedTransactionStays();
    void nestedTransactionsAreSavepoints();
    void corruptFile();
    void readOnlyFile();
    void meta();
    void metaEntriesAreOneTransaction();
    void timesAsStored();

    // tst_store_tables.cpp
    void userQueries();
    void teamQueries();
    void roleQueries();
    void workspaceQueries();
    void assignmentQueries();
    void replacingIdsCascades();
    void outboxRoundTrip();

private:
    QString path() const;
    std::unique_ptr<zenml::LocalStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
};
