#include "profile/invitationhook.h"

#include "auth/keychainsecretstore.h"
#include "commands/prompter.h"
#include "dialogs/invitationlinkdialog.h"
#include "dialogs/invitedialog.h"
#include "pages/invitationspage.h"
#include "pages/userspage.h"
#include "profile/connectionhook.h"
#include "service/invitationservice.h"
#include "service/serverconnection.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace zenml::gui {

InvitationHook::InvitationHook(MainWindow &window, AdminService &service, Prompter &prompter,
                               SecretStore &secrets, const ProfileInfo &profile)
    : QObject(&window)
    , m_window(window)
    , m_service(service)
    , m_prompter(prompter)
    , m_invitations(std::make_unique<InvitationService>(service, secrets, profile))
    // Through the window's runner, so that a runner set on the window (tests, a walk over the
    // dialogs) also covers the Invite dialog instead of a blocking exec().
    , m_runDialog([&window](QDialog &dialog) { return window.runDialog(dialog); })
{
    m_invite =
        new QAction(QIcon(QStringLiteral(":/icons/users.svg")), tr("&Invite user…"), &window);
    m_invite->setObjectName(QStringLiteral("inviteUser"));
    m_invite->setToolTip(m_invitations->isAvailable()
                             ? tr("Create an inactive user and get a link to send")
                             : InvitationService::unavailableReason());
    connect(m_invite, &QAction::triggered, this, &InvitationHook::invite);
    m_regenerate = new QAction(tr("New &invitation link…"), &window);
    m_regenerate->setObjectName(QStringLiteral("regenerateInvitation"));
    m_regenerate->setToolTip(
        m_invitations->isAvailable()
            ? tr("Ask the server for a new invitation link for the selected users")
            : InvitationService::unavailableReason());
    connect(m_regenerate, &QAction::triggered, this, &InvitationHook::regenerateSelected);
    const QList<QAction *> menus = window.menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu())
        menus.first()->menu()->insertAction(window.action(QStringLiteral("newTeam")), m_invite);
    // The Selection menu (the third): the verbs on the selected rows.
    if (menus.size() > 2 && menus.at(2)->menu())
        menus.at(2)->menu()->addAction(m_regenerate);

    if (!m_invitations->isAvailable())
        return;
    m_page = new InvitationsPage(*m_invitations, prompter);
    window.addPage(QStringLiteral("invitations"), tr("Invitations"), m_page,
                   MainWindow::PageGroup::Server);
    connect(m_page, &InvitationsPage::inviteRequested, this, &InvitationHook::invite);
    connect(m_page, &InvitationsPage::linkRequested, this, &InvitationHook::showLink);
    connect(m_invitations.get(), &InvitationService::linkReady, this, &InvitationHook::onLinkReady);
    connect(&service, &AdminService::changed, m_page, &InvitationsPage::reload);
}

InvitationHook::~InvitationHook() = default;

InvitationHook *InvitationHook::install(MainWindow &window, AdminService &service,
                                        Prompter &prompter, const ProfileManager &profiles,
                                        const QString &profileName)
{
    auto info = profiles.info(profileName);
    ProfileInfo profile = info ? *info : ProfileInfo{};
    if (!info) {
        profile.name = profileName;
        profile.kind = service.profileKind();
    }
    auto secrets = std::make_unique<KeychainSecretStore>();
    auto *hook = new InvitationHook(window, service, prompter, *secrets, profile);
    hook->m_ownSecrets = std::move(secrets);
    // Regenerating is an edit like any other: the signed-in user's 'write' gates it.
    if (auto *connectionHook = window.findChild<ConnectionHook *>()) {
        QPointer<ConnectionHook> guard(connectionHook);
        hook->m_invitations->setPermissionGate(
            [guard](Permission permission, const QString &action) -> Status {
                ServerConnection *connection = guard ? guard->connection() : nullptr;
                return connection ? connection->checkPermission(permission, action) : Status();
            });
    }
    return hook;
}

void InvitationHook::watch(sync::SyncEngine &engine)
{
    m_invitations->watch(engine);
}

QList<InvitationLinkDialog *> InvitationHook::linkDialogs() const
{
    QList<InvitationLinkDialog *> out;
    for (const auto &dialog : m_dialogs) {
        if (dialog)
            out << dialog.data();
    }
    return out;
}

void InvitationHook::invite()
{
    if (!m_invitations->isAvailable()) {
        m_prompter.showError(&m_window, tr("Invite user"), InvitationService::unavailableReason());
        return;
    }
    InviteDialog dialog(m_service, &m_window);
    if (!m_runDialog(dialog))
        return;
    auto user = m_invitations->invite(dialog.draft());
    if (!user) {
        m_prompter.showError(&m_window, tr("Invite user"), user.error().message);
        return;
    }
    showLink(user->id, user->name);
}

bool InvitationHook::regenerateSelected()
{
    const QString title = tr("New invitation link");
    if (!m_invitations->isAvailable()) {
        m_prompter.showError(&m_window, title, InvitationService::unavailableReason());
        return false;
    }
    const QStringList names =
        m_window.usersPage() ? m_window.usersPage()->selectedNames() : QStringList();
    if (names.isEmpty()) {
        m_prompter.showError(&m_window, title, tr("Select one or more users on the Users page."));
        return false;
    }
    bool anyActive = false;
    for (const QString &name : names) {
        auto inv = m_invitations->invitation(name);
        anyActive = anyActive || (inv && inv->user.active);
    }
    if (!m_prompter.confirm(&m_window, title,
                            InvitationsPage::regenerateQuestion(int(names.size()), anyActive),
                            names.join(QLatin1Char('\n'))))
        return false;
    if (Status s = m_invitations->regenerate(names); !s) {
        m_prompter.showError(&m_window, title, s.error().message);
        return false;
    }
    for (const QString &name : names) {
        auto inv = m_invitations->invitation(name);
        if (!inv)
            continue;
        for (InvitationLinkDialog *open : linkDialogs()) {
            if (open->userId() == inv->user.id)
                open->close(); // it shows the link that just stopped working
        }
        showLink(inv->user.id, inv->user.name);
    }
    return true;
}

InvitationLinkDialog *InvitationHook::showLink(const QString &userId, const QString &userName)
{
    for (InvitationLinkDialog *open : linkDialogs()) {
        if (open->userId() == userId) {
            open->raise();
            return open;
        }
    }
    auto *dialog = new InvitationLinkDialog(userId, userName, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs << dialog;
    QPointer<InvitationLinkDialog> guard(dialog);
    const auto current = m_invitations->invitation(userId);
    const bool afterSync = current && current->link == LinkState::AfterSync;
    m_invitations->fetchLink(userId, dialog, [guard, afterSync](const auto &link) {
        if (!guard)
            return;
        if (link && link.value())
            guard->setLink(*link.value());
        else if (!guard->link().isEmpty())
            return; // shown from memory already (the keychain refused it)
        else if (!link)
            guard->setPendingText(link.error().message);
        else if (!afterSync)
            guard->setPendingText(
                tr("This computer holds no link for this user (it was made elsewhere, or the "
                   "keychain lost it). Regenerate it on the Invitations page; the old link then "
                   "stops working."));
    });
    dialog->show();
    return dialog;
}

void InvitationHook::onLinkReady(const QString &userId, const QString &userName,
                                 const QString &link, bool kept)
{
    // The dialog of an offline invitation was opened with the local id: match by name too.
    for (InvitationLinkDialog *open : linkDialogs()) {
        if (open->userId() == userId || open->userName() == userName)
            open->setLink(link);
    }
    const QString text =
        kept ? tr("The invitation link for '%1' is ready: copy it on the Invitations page.")
                   .arg(userName)
             : tr("The invitation link for '%1' arrived, but the keychain did not keep it: copy "
                  "it from its dialog now.")
                   .arg(userName);
    m_window.statusBar()->showMessage(text, 15000);
    if (m_page)
        m_page->showNotice(text);
    if (!kept && linkDialogs().isEmpty())
        showLink(userId, userName)->setLink(link);
}

} // namespace zenml::gui
