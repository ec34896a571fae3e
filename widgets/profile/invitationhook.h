#pragma once

#include "mainwindow.h"
#include "service/profilemanager.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace zenml {
class AdminService;
class InvitationService;
class SecretStore;
} // namespace zenml
namespace zenml::sync {
class SyncEngine;
}

namespace zenml::gui {

class InvitationLinkDialog;
class InvitationsPage;
class Prompter;

// Invitations in a main window, installed from outside it: "Invite user…" in the File menu (on a
// local profile it stays and explains why there are no invitations), the Invitations page on a
// server profile, the link dialog, and a status bar message when a pushed invitation brings its
// link. Install with InvitationHook::install(); the hook is a child of the window. Call watch()
// with the profile's SyncEngine so that arriving tokens reach the keychain.
class InvitationHook : public QObject
{
    Q_OBJECT

public:
    InvitationHook(MainWindow &window, AdminService &service, Prompter &prompter,
                   SecretStore &secrets, const ProfileInfo &profile);
    ~InvitationHook() override;

    // For the app: opens the keychain itself (owned by the hook).
    static InvitationHook *install(MainWindow &window, AdminService &service, Prompter &prompter,
                                   const ProfileManager &profiles, const QString &profileName);

    void watch(sync::SyncEngine &engine);
    // Tests fill dialogs in instead of blocking in exec().
    void setDialogRunner(MainWindow::DialogRunner runner) { m_runDialog = std::move(runner); }

    InvitationService &invitations() const { return *m_invitations; }
    QAction *inviteAction() const { return m_invite; }
    QAction *regenerateAction() const { return m_regenerate; }
    InvitationsPage *page() const { return m_page; } // null on a local profile
    // The link dialogs now open (non-modal).
    QList<InvitationLinkDialog *> linkDialogs() const;

    void invite();
    // "New invitation link…" for the users selected on the Users page, active ones included.
    bool regenerateSelected();
    InvitationLinkDialog *showLink(const QString &userId, const QString &userName);

private:
    void onLinkReady(const QString &userId, const QString &userName, const QString &link,
                     bool kept);

    std::unique_ptr<SecretStore> m_ownSecrets;
    MainWindow &m_window;
    AdminService &m_service;
    Prompter &m_prompter;
    std::unique_ptr<InvitationService> m_invitations;
    MainWindow::DialogRunner m_runDialog;
    QAction *m_invite = nullptr;
    QAction *m_regenerate = nullptr;
    InvitationsPage *m_page = nullptr;
    QList<QPointer<InvitationLinkDialog>> m_dialogs;
};

} // namespace zenml::gui
