// Every widget a keyboard user reaches (it takes Tab focus, is shown and enabled) has an
// accessible name, in the main window of a real profile session and in its dialogs.
#include "dialogs/aboutdialog.h"
#include "dialogs/assigndialog.h"
#include "dialogs/roledialog.h"
#include "dialogs/teamdialog.h"
#include "dialogs/userdialog.h"
#include "dialogs/workspacedialog.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "pages/userspage.h"
#include "pages/welcomepage.h"
#include "profile/profilesession.h"
#include "scriptedprompter.h"
#include "service/profilemanager.h"

#include <QAccessible>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareTestEnvironment(); }
    void mainWindowAndDialogs();
    void inviteDialogOfAServerProfileNotSignedIn();

private:
    // The reachable widgets under root without an accessible name, as "Class objectName".
    static QStringList unnamed(QWidget *root);
    static inline int s_checked = 0;
};

QStringList TstAccessibility::unnamed(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root->window()) ||
            !w->isEnabled())
            continue;
        ++s_checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1 '%2' in %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            QString::fromLatin1(root->metaObject()->className()));
    }
    return out;
}

void TstAccessibility::mainWindowAndDialogs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileManager profiles(dir.path());
    ScriptedPrompter prompter;
    QStringList missing;
    int dialogs = 0;
    auto runner = [&missing, &dialogs](QDialog &dialog) {
        ++dialogs;
        dialog.show();
        missing << unnamed(&dialog);
        dialog.hide();
        return false;
    };
    auto session =
        ProfileSession::open(profiles, ProfileManager::kDefaultProfile, prompter, runner);
    QVERIFY(session.ok());
    MainWindow *window = &session.value()->window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QStringList pages{QStringLiteral("welcome"),     QStringLiteral("users"),
                            QStringLiteral("teams"),       QStringLiteral("roles"),
                            QStringLiteral("workspaces"),  QStringLiteral("permissions"),
                            QStringLiteral("assignments"), QStringLiteral("matrix")};
    for (const QString &page : pages) {
        if (window->showPage(page))
            missing << unnamed(window);
    }
    for (const char *action :
         {"newUser", "newTeam", "newRole", "newWorkspace", "assign", "about"}) {
        QAction *a = window->action(QString::fromLatin1(action));
        QVERIFY2(a, action);
        a->trigger();
    }
    QCOMPARE(dialogs, 6);
    // The walk reached the widgets (a page's search field and table, the dialogs' fields).
    QVERIFY2(s_checked > 40, qPrintable(QString::number(s_checked)));
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

// The Invite dialog once hung such a walk: its hook ran it with exec() instead of the window's
// runner. Here a server profile that is not signed in (nothing listens on the port).
void TstAccessibility::inviteDialogOfAServerProfileNotSignedIn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileManager profiles(dir.path());
    QVERIFY(profiles
                .createServer(QStringLiteral("srv"), QStringLiteral("http://127.0.0.1:9"),
                              QStringLiteral("opsbot"))
                .ok());
    ScriptedPrompter prompter;
    QStringList missing;
    int dialogs = 0;
    auto runner = [&missing, &dialogs](QDialog &dialog) {
        ++dialogs;
        dialog.show();
        missing << unnamed(&dialog);
        dialog.hide();
        return false;
    };
    auto session = ProfileSession::open(profiles, QStringLiteral("srv"), prompter, runner);
    QVERIFY(session.ok());
    MainWindow &window = session.value()->window();
    auto *invite = window.findChild<QAction *>(QStringLiteral("inviteUser"));
    QVERIFY(invite);
    invite->trigger();
    QCOMPARE(dialogs, 1);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
