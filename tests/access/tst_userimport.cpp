// The CSV of bulk onboarding: the spreadsheet exports people have (BOM, quotes, ';', CRLF, empty
// lines), every bad line with its place, and one transaction for the whole file.
#include "access/csvreader.h"
#include "access/mirrorsnapshot.h"
#include "access/userimport.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::access;

class TestUserImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsSpreadsheetExports();
    void unclosedQuoteHasItsPlace();
    void badLinesAreAllListed();
    void importIsOneEditOnAServerProfile();

private:
    AdminService &open(ProfileKind kind);
    MirrorSnapshot snapshot();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileManager> m_profiles;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
};

void TestUserImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileManager>(m_dir->filePath(QStringLiteral("data")));
}

void TestUserImport::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_profiles.reset();
    m_dir.reset();
}

AdminService &TestUserImport::open(ProfileKind kind)
{
    const auto created =
        kind == ProfileKind::Local
            ? m_profiles->createLocal(QStringLiteral("p"))
            : m_profiles->createServer(QStringLiteral("p"), QStringLiteral("https://zenml.test"),
                                       QStringLiteral("admin"));
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    m_store = std::move(m_profiles->open(QStringLiteral("p")).value());
    m_service = std::make_unique<AdminService>(*m_store, kind);
    return *m_service;
}

MirrorSnapshot TestUserImport::snapshot()
{
    auto s = snapshotOf(*m_store);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

void TestUserImport::readsSpreadsheetExports()
{
    QList<Problem> problems;
    const CsvTable t = readCsv("\xEF\xBB\xBFname;full_name;email\r\n"
                               "ann;\"Ann; the \"\"first\"\"\";ann@example.com\r\n"
                               "\r\n"
                               ";;\r\n"
                               "bob;\"Bob\nSecond line\";bob@example.com\r\n",
                               problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(t.separator, QLatin1Char(';'));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows.at(0).fields, (QStringList{QStringLiteral("name"), QStringLiteral("full_name"),
                                               QStringLiteral("email")}));
    QCOMPARE(t.rows.at(1).fields.at(1), QStringLiteral("Ann; the \"first\""));
    QCOMPARE(t.rows.at(2).line, 5);
    QCOMPARE(t.rows.at(2).fields.at(1), QStringLiteral("Bob\nSecond line"));
    QCOMPARE(t.rows.at(2).fieldAt.at(2).line, 6);

    const CsvTable c = readCsv("name,roles\nann,\"a,b\"\n", problems);
    QCOMPARE(c.separator, QLatin1Char(','));
    QCOMPARE(c.rows.at(1).fields.at(1), QStringLiteral("a,b"));
}

void TestUserImport::unclosedQuoteHasItsPlace()
{
    QList<Problem> problems;
    readCsv("name,email\nann,\"ann@example.com\n", problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at.line, 2);
    QCOMPARE(problems.at(0).at.column, 5);
    problems.clear();
    readCsv("name,email\n\"ann\"x,a@b.c\n", problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at.column, 6);
}

void TestUserImport::badLinesAreAllListed()
{
    open(ProfileKind::Local);
    const UserImport imp = readUserImport("name,email,roles,teams\n"
                                          "ann,ann@example.com,guest,\n"
                                          "bob,not-an-email,,\n"
                                          "cat,,ghost,\n"
                                          "ann,,,\n"
                                          "default,,,\n"
                                          "dan,,,nowhere\n",
                                          snapshot());
    QCOMPARE(imp.problems.size(), 5);
    QCOMPARE(imp.badLines, (QSet<int>{3, 4, 5, 6, 7}));
    QCOMPARE(imp.problems.at(0).at.column, 5); // the email field of line 3
    QVERIFY(imp.problems.at(1).message.contains(QLatin1String("ghost")));
    QVERIFY(imp.problems.at(2).message.contains(QLatin1String("line 2")));
    QVERIFY(!importUsers(*m_service, imp).ok());
    QCOMPARE(m_service->users()->size(), 1); // only default
}

void TestUserImport::importIsOneEditOnAServerProfile()
{
    AdminService &s = open(ProfileKind::Server);
    QVERIFY(s.createRole(QStringLiteral("dev"), Permission::Read).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("lab")).ok());
    QVERIFY(s.createTeam(QStringLiteral("eng"), {}).ok());
    const int before = m_store->outbox().count({}).value();
    const UserImport imp = readUserImport("name;full_name;email;roles;teams;workspace\n"
                                          "ann;Ann;ann@example.com;dev;eng;lab\n"
                                          "bob;Bob;bob@example.com;dev;eng;\n",
                                          snapshot());
    QVERIFY(imp.problems.isEmpty());
    QCOMPARE(imp.rows.size(), 2);
    QVERIFY(importUsers(s, imp).ok());
    const auto users = s.users();
    QCOMPARE(users->size(), 2);
    for (const User &u : *users)
        QVERIFY(!u.active); // invitations
    QCOMPARE(s.team(QStringLiteral("eng"))->memberIds.size(), 2);
    QCOMPARE(s.assignments({}, {}, QStringLiteral("dev"), QStringLiteral("lab"))->size(), 1);
    QVERIFY(m_store->outbox().count({}).value() > before + 2);
}

QTEST_GUILESS_MAIN(TestUserImport)
#include "tst_userimport.moc"
