// The first start: the empty default profile opens on the welcome page, which offers to connect
// to a server (the Connect dialog) or to try the sample data in a separate "demo" profile.
#include "dialogs/connectdialog.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "pages/welcomepage.h"
#include "profile/profilesession.h"
#include "scriptedprompter.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstWelcome : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { QSettings().clear(); }
    void firstStartOffersConnectAndSampleData();
    void aProfileWithContentOpensAsBefore();
};

void TstWelcome::firstStartOffersConnectAndSampleData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileManager profiles(dir.path());
    ScriptedPrompter prompter;
    ProfileSwitcher switcher(profiles, prompter);
    int connectDialogs = 0;
    switcher.setDialogRunner([&connectDialogs](QDialog &dialog) {
        if (qobject_cast<ConnectDialog *>(&dialog))
            ++connectDialogs;
        return false;
    });
    QVERIFY(switcher.open(ProfileManager::kDefaultProfile).ok());
    MainWindow &window = switcher.current()->window();
    QCOMPARE(window.currentPageKey(), QStringLiteral("welcome"));
    auto *welcome = window.findChild<WelcomePage *>();
    QVERIFY(welcome);
    QVERIFY(welcome->connectButton()->text().contains(QStringLiteral("Connect to a ZenML server")));
    QVERIFY(welcome->sampleButton()->text().contains(QStringLiteral("sample data")));

    welcome->connectButton()->click();
    QCOMPARE(connectDialogs, 1);

    welcome->sampleButton()->click();
    QCOMPARE(switcher.current()->profile(), QStringLiteral("demo"));
    auto users = switcher.current()->service().users();
    QVERIFY(users.ok());
    QVERIFY2(users->size() >= 16, qPrintable(QString::number(users->size())));
    // The demo profile is not empty, so it opens without the welcome.
    QVERIFY(!switcher.current()->window().findChild<WelcomePage *>());
    QVERIFY(switcher.current()->window().currentPageKey() != QStringLiteral("welcome"));
    // The default profile stays as it was.
    auto store = profiles.open(ProfileManager::kDefaultProfile);
    QVERIFY(store.ok());
    AdminService untouched(*store.value(), ProfileKind::Local);
    QVERIFY(WelcomePage::isEmptyLocalProfile(untouched));
}

void TstWelcome::aProfileWithContentOpensAsBefore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileManager profiles(dir.path());
    {
        auto store = profiles.open(ProfileManager::kDefaultProfile);
        QVERIFY(store.ok());
        AdminService service(*store.value(), ProfileKind::Local);
        QVERIFY(service.createTeam(QStringLiteral("ml"), {}).ok());
        QVERIFY(!WelcomePage::isEmptyLocalProfile(service));
    }
    ScriptedPrompter prompter;
    ProfileSwitcher switcher(profiles, prompter);
    QVERIFY(switcher.open(ProfileManager::kDefaultProfile).ok());
    QVERIFY(!switcher.current()->window().findChild<WelcomePage *>());
}

QTEST_MAIN(TstWelcome)
#include "tst_welcome.moc"
