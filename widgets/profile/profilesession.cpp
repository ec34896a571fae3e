#include "profile/profilesession.h"

#include "about/about.h"
#include "commands/prompter.h"
#include "pages/welcomepage.h"
#include "profile/connectionhook.h"
#include "profile/invitationhook.h"
#include "profile/repairoffer.h"
#include "profile/synchook.h"
#include "service/adminservice.h"
#include "service/demodata.h"
#include "service/profilerepair.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QStatusBar>
#include <QTimer>

namespace zenml::gui {

namespace {
void installWelcome(MainWindow &window, const ProfileManager &profiles)
{
    auto *welcome = new WelcomePage;
    window.addPage(QStringLiteral("welcome"), QIcon(QStringLiteral(":/icons/welcome.svg")),
                   WelcomePage::tr("Welcome"), welcome);
    window.showPage(QStringLiteral("welcome"));
    QObject::connect(welcome, &WelcomePage::connectRequested, &window, [&window] {
        if (QAction *connect = window.action(QStringLiteral("connect")))
            connect->trigger();
    });
    QObject::connect(welcome, &WelcomePage::sampleDataRequested, &window, [&window, profiles] {
        ProfileManager manager = profiles;
        const QString demo = QStringLiteral("demo");
        if (Status s = createDemoProfile(manager, demo); !s) {
            window.statusBar()->showMessage(
                WelcomePage::tr("The sample profile could not be made: %1").arg(s.error().message));
            return;
        }
        window.requestProfile(demo);
    });
}
} // namespace

Result<std::unique_ptr<ProfileSession>> ProfileSession::open(const ProfileManager &profiles,
                                                             const QString &name,
                                                             Prompter &prompter,
                                                             const MainWindow::DialogRunner &runner)
{
    // open() creates the default local profile on first use, so look it up afterwards.
    ProfileManager manager = profiles;
    auto store = manager.open(name);
    if (!store)
        return store.error();
    auto info = manager.info(name);
    // Settings that cannot be read in a damaged file do not make it a local profile: it is
    // named as damaged, and its message offers the repair.
    if (!info && ProfileRepair::needsRepair(manager, name))
        return info.error();
    std::unique_ptr<ProfileSession> session(new ProfileSession);
    session->m_profile = name;
    session->m_openLock = manager.holdOpen(name);
    session->m_store = std::move(store.value());
    const ProfileKind kind = info ? info->kind : ProfileKind::Local;
    session->m_service = std::make_unique<AdminService>(*session->m_store, kind);
    session->m_window = std::make_unique<MainWindow>(*session->m_service, prompter, name);
    if (runner)
        session->m_window->setDialogRunner(runner);
    LocalStore *storePtr = session->m_store.get();
    session->m_window->setAboutFacts([manager, name, storePtr] {
        auto current = manager.info(name);
        return about::gather(manager.dataDir(), current ? &current.value() : nullptr, storePtr);
    });

    // Sign-in, the Connect… action, File > Open Profile and the read-only state of a user
    // without 'write'.
    ConnectionHook *connection = ConnectionHook::install(
        *session->m_window, profiles, name, *session->m_store, *session->m_service, prompter);
    session->m_connection = connection ? connection->connection() : nullptr;
    // Invite user…, the Invitations page and the link dialogs. The sync hook hands it the
    // profile's SyncEngine, so that arriving tokens reach the keychain.
    InvitationHook *invitations =
        InvitationHook::install(*session->m_window, *session->m_service, prompter, profiles, name);
    // Sync now (F5), Full Sync, Work offline, the sync status, the Pending changes and Conflicts
    // pages.
    session->m_sync = SyncHook::install(*session->m_window, *session->m_service,
                                        session->m_connection, invitations);
    // The first start: the empty default profile opens on the welcome page.
    if (name == ProfileManager::kDefaultProfile &&
        WelcomePage::isEmptyLocalProfile(*session->m_service))
        installWelcome(*session->m_window, manager);
    return session;
}

ProfileSession::~ProfileSession()
{
    // The window (with its hooks and the sync engine) before the facade and the store.
    m_window.reset();
    m_service.reset();
    m_store.reset();
}

void ProfileSession::inheritOpenLock(ProfileSession &from)
{
    if (!m_openLock && from.m_profile == m_profile)
        m_openLock = std::move(from.m_openLock);
}

ProfileSwitcher::ProfileSwitcher(ProfileManager profiles, Prompter &prompter, QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_prompter(prompter)
{}

ProfileSwitcher::~ProfileSwitcher()
{
    m_retired.clear();
    m_current.reset();
}

Status ProfileSwitcher::open(const QString &name, ServerConnection *signedIn)
{
    auto next = ProfileSession::open(m_profiles, name, m_prompter, m_runner);
    if (!next)
        return next.error();
    ProfileSession &session = *next.value();
    if (signedIn && session.connection())
        session.connection()->adoptSession(*signedIn);
    connect(&session.window(), &MainWindow::profileRequested, this, &ProfileSwitcher::onRequest);

    std::unique_ptr<ProfileSession> previous = std::move(m_current);
    const bool switched = previous != nullptr;
    if (previous) {
        session.inheritOpenLock(*previous);
        previous->window().saveSettings();
        // Its sync ends now (what it sent stays sent, the rest stays queued), so that the new
        // window's first sync need not wait for it.
        if (previous->sync())
            previous->sync()->engine().stop();
    }
    // The new window takes the place, size, page and columns the old one had (one set of
    // window settings serves every profile).
    session.window().restoreSettings();
    session.window().show();
    m_current = std::move(next.value());
    if (previous) {
        previous->window().hide();
        // The request may come from inside the old window (a menu, the connect dialog): it is
        // destroyed once control is back in the event loop.
        m_retired.push_back(std::move(previous));
        QTimer::singleShot(0, this, [this] { m_retired.clear(); });
    }
    // A profile chosen in the window is the one the app starts with next time.
    if (switched)
        (void)m_profiles.setActiveProfile(name);
    emit opened(name);
    return {};
}

void ProfileSwitcher::onRequest(const QString &name, ServerConnection *signedIn)
{
    if (m_current && name == m_current->profile() && !signedIn) {
        auto info = m_profiles.info(name);
        const ServerConnection *connection = m_current->connection();
        const bool changed = info && connection && !info->signsInLike(connection->profile());
        if (!changed) {
            m_current->window().raise();
            m_current->window().activateWindow();
            return;
        }
    }
    if (Status s = open(name, signedIn); !s) {
        const QString text =
            tr("The profile '%1' could not be opened: %2").arg(name, s.error().message);
        if (offerRepair(name, text))
            return;
        QWidget *parent = m_current ? &m_current->window() : nullptr;
        m_prompter.showError(parent, tr("Open profile"), text);
    }
}

bool ProfileSwitcher::offerRepair(const QString &name, const QString &message)
{
    if (!ProfileRepair::needsRepair(m_profiles, name))
        return false;
    QWidget *parent = m_current ? &m_current->window() : nullptr;
    auto *offer = new RepairOffer(parent, m_profiles, name, message);
    connect(offer, &RepairOffer::declined, this, [this] { emit repairEnded(false); });
    connect(
        offer, &RepairOffer::finished, this, [this, name](bool repaired, const QString &summary) {
            QWidget *parent = m_current ? &m_current->window() : nullptr;
            if (!repaired) {
                m_prompter.showError(parent, tr("Repair profile"), summary);
                emit repairEnded(false);
                return;
            }
            if (Status s = open(name); !s) {
                m_prompter.showError(
                    parent, tr("Open profile"),
                    tr("The profile '%1' could not be opened: %2").arg(name, s.error().message));
                emit repairEnded(false);
                return;
            }
            m_prompter.showNotice(&m_current->window(), tr("Repair profile"), summary);
            emit repairEnded(true);
        });
    return true;
}

} // namespace zenml::gui
