#pragma once

#include "domain/error.h"
#include "domain/permission.h"
#include "domain/role.h"
#include "domain/workspace.h"
#include "service/adminservice.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

class QWidget;

namespace zenml::gui {

class Prompter;
class ServiceCommand;

// Every edit the GUI makes passes here: it becomes an undoable command on the session's undo
// stack, deletions are confirmed first (listing what will go), and failures are shown once.
class Editor : public QObject
{
    Q_OBJECT
public:
    Editor(AdminService &service, Prompter &prompter, QObject *parent = nullptr);

    AdminService &service() const { return m_service; }
    Prompter &prompter() const { return m_prompter; }
    QUndoStack *undoStack() { return &m_undo; }
    // Where errors and confirmations are shown.
    void setDialogParent(QWidget *parent) { m_parent = parent; }

    Status createUser(const UserDraft &draft);
    Status updateUser(const User &before, const UserChanges &changes);
    Status deleteUsers(const QStringList &names);

    Status createTeam(const QString &name, const QStringList &members);
    Status editTeam(const QString &oldName, const QString &newName, const QStringList &members);
    Status deleteTeams(const QStringList &names);
    Status addToTeam(const QString &team, const QStringList &users);

    Status createRole(const QString &name, Permissions permissions);
    Status editRole(const Role &before, const QString &newName, Permissions permissions);
    Status deleteRoles(const QStringList &names);

    Status createWorkspace(const QString &name, const QString &description);
    Status editWorkspace(const Workspace &before, const QString &newName,
                         const QString &newDescription);
    // Deletes workspaces and the role assignments scoped to them; the confirmation counts
    // those assignments, and undo brings them back with the workspaces.
    Status deleteWorkspaces(const QStringList &names);

    Status assign(const AssignmentTarget &target);
    Status revoke(const AssignmentTarget &target);
    // Revokes several assignments (each its own role and scope) after one confirmation; one
    // undo step brings them all back.
    Status revokeAll(const QList<AssignmentTarget> &targets);

Q_SIGNALS:
    // An edit, undo or redo failed; the message was shown already.
    void failed(const QString &message);
    // An edit succeeded (for the status bar).
    void done(const QString &what);

private:
    Status run(std::unique_ptr<ServiceCommand> command);
    bool confirmDelete(const QString &what, const QStringList &names);
    void showError(const Error &error);

    AdminService &m_service;
    Prompter &m_prompter;
    QUndoStack m_undo;
    QWidget *m_parent = nullptr;
};

} // namespace zenml::gui
