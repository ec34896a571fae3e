#pragma once

#include "clirunner.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

// zenml-admin end to end: every verb, output formats, help, and every bad input with its exit
// code, its one-line message and an unchanged database.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // tst_cli.cpp: the verbs
    void version();
    void helpAtEveryLevel_data();
    void helpAtEveryLevel();
    void doneWhenScenario();
    void userVerbs();
    void teamVerbs();
    void roleVerbs();
    void assignmentVerbs();
    void workspaceAndPermissionVerbs();
    void profileVerbs();
    void outputFormats();
    void nameResolution();
    void optionSpellings();
    void dataDirPrecedence();
    void historyShowsUndone();

    // tst_cli_errors.cpp: the error paths
    void usageErrors_data();
    void usageErrors();
    void badInput_data();
    void badInput();
    void unknownProfile();
    void corruptDatabase();
    void readOnlyDatabase();
    void dataDirCannotBeCreated();

private:
    // A new data folder holding a copy of the seeded default profile.
    QString seededDataDir();
    QString newDir();
    static QString profilePath(const QString &dataDir);

    QTemporaryDir m_temp;
    std::unique_ptr<zenml::test::CliRunner> m_cli;
    QString m_seed;
    int m_dirs = 0;
};
