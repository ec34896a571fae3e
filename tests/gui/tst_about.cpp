// Help > About and Help > Report a problem…: the facts of models/about, shown in the window of a
// real profile session (ProfileSession, as the app opens it) and copied without any secret.
#include "about/about.h"
#include "dialogs/aboutdialog.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "profile/profilesession.h"
#include "scriptedprompter.h"
#include "service/profilemanager.h"
#include "service/sessionrecord.h"
#include "store/localstore.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstAbout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareTestEnvironment(); }
    void factsNeverCarryASecret();
    void aboutBoxOfALocalProfile();
    void aboutBoxOfAServerProfileAndReport();

private:
    // The texts of the About box the window opens on Help > About.
    static QStringList aboutTexts(MainWindow &window, about::Facts *facts = nullptr);
};

void TstAbout::factsNeverCarryASecret()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = LocalStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    QVERIFY(store.ok());
    SessionRecord record;
    record.userId = QStringLiteral("u-1");
    record.userName = QStringLiteral("operator-jane");
    record.serverVersion = QStringLiteral("0.47.0");
    QVERIFY(record.save(*store.value()).ok());

    ProfileInfo info;
    info.name = QStringLiteral("prod");
    info.kind = ProfileKind::Server;
    info.serverUrl = QStringLiteral("https://jane:hunter2@zenml.example.com:8443/api?token=t0k");
    info.username = QStringLiteral("operator-jane");
    const about::Facts facts = about::gather(dir.path(), &info, store.value().get());
    QCOMPARE(facts.version, QStringLiteral(ZENML_ADMIN_VERSION));
    QCOMPARE(facts.qtVersion, QString::fromLatin1(qVersion()));
    QCOMPARE(facts.serverUrl, QStringLiteral("https://zenml.example.com:8443/api"));
    QCOMPARE(facts.serverVersion, QStringLiteral("0.47.0"));
    QVERIFY(!facts.keychainBackend.isEmpty());

    const QString report = about::reportText(facts);
    QVERIFY(report.contains(QStringLiteral("zenml-admin: ") + facts.version));
    QVERIFY(report.contains(QStringLiteral("Qt: ") + facts.qtVersion));
    QVERIFY(report.contains(QStringLiteral("ZenML version: 0.47.0")));
    QVERIFY(report.contains(QStringLiteral("Server: https://zenml.example.com:8443/api")));
    QVERIFY(report.contains(QStringLiteral("Data folder: ") + dir.path()));
    for (const char *secret : {"hunter2", "jane", "t0k", "u-1"})
        QVERIFY2(!report.contains(QLatin1String(secret)), secret);
}

QStringList TstAbout::aboutTexts(MainWindow &window, about::Facts *facts)
{
    QStringList texts;
    window.setDialogRunner([&texts, facts](QDialog &dialog) {
        auto *about = qobject_cast<AboutDialog *>(&dialog);
        if (!about)
            return false;
        if (facts)
            *facts = about->facts();
        for (const QLabel *label : about->findChildren<QLabel *>())
            texts << label->text();
        return true;
    });
    QAction *action = window.action(QStringLiteral("about"));
    if (!action)
        return {};
    action->trigger();
    return texts;
}

void TstAbout::aboutBoxOfALocalProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileManager profiles(dir.path());
    ScriptedPrompter prompter;
    auto session = ProfileSession::open(profiles, ProfileManager::kDefaultProfile, prompter, {});
    QVERIFY(session.ok());
    const QStringList texts = aboutTexts(session.value()->window());
    QVERIFY2(texts.contains(QStringLiteral(ZENML_ADMIN_VERSION)) ||
                 texts.contains(QStringLiteral(ZENML_ADMIN_VERSION " (git ") +
                                about::gitDescribe() + QLatin1Char(')')),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QString::fromLatin1(qVersion())));
    QVERIFY(texts.contains(about::keychainBackend()));
    QVERIFY(texts.contains(dir.path()));
    QVERIFY(texts.contains(QStringLiteral("default (local)")));
    QVERIFY(!texts.contains(QStringLiteral("ZenML version:")));
}

void TstAbout::aboutBoxOfAServerProfileAndReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileManager profiles(dir.path());
    // A closed port: nothing answers, and nothing here needs it to.
    QVERIFY(profiles
                .createServer(QStringLiteral("prod"), QStringLiteral("http://127.0.0.1:9"),
                              QStringLiteral("opsbot"))
                .ok());
    {
        auto store = profiles.open(QStringLiteral("prod"));
        QVERIFY(store.ok());
        SessionRecord record;
        record.serverVersion = QStringLiteral("0.46.1");
        QVERIFY(record.save(*store.value()).ok());
    }
    ScriptedPrompter prompter;
    auto session = ProfileSession::open(profiles, QStringLiteral("prod"), prompter, {});
    QVERIFY(session.ok());
    MainWindow &window = session.value()->window();
    about::Facts facts;
    const QStringList texts = aboutTexts(window, &facts);
    QVERIFY2(texts.contains(QStringLiteral("http://127.0.0.1:9")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("0.46.1")));
    QVERIFY(texts.contains(QStringLiteral("prod (server)")));

    // Report a problem… copies the same facts.
    QGuiApplication::clipboard()->clear();
    QAction *report = window.action(QStringLiteral("reportProblem"));
    QVERIFY(report);
    report->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, about::reportText(facts));
    QVERIFY(copied.contains(QStringLiteral("ZenML version: 0.46.1")));
    QVERIFY(!copied.contains(QStringLiteral("opsbot")));
}

QTEST_MAIN(TstAbout)
#include "tst_about.moc"
