#pragma once

#include "domain/entitykind.h"

#include <QTextBrowser>

namespace zenml {
class AdminService;
}

namespace zenml::gui {

// What the selection is about: a user's roles with their scope, teams, status and times; a
// team's members and roles; a role's permissions and who holds it; a workspace's description
// and the role assignments scoped to it.
class DetailPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(AdminService &service, QWidget *parent = nullptr);

    // kind: User, Team, Role or Workspace; anything else (or an empty name) clears the pane.
    void showEntity(EntityKind kind, const QString &name, int selectedCount = 1);
    void refresh();

private:
    QString userHtml(const QString &name) const;
    // The email row: on a server profile, says when the server did not show one.
    QString emailText(const QString &email) const;
    QString teamHtml(const QString &name) const;
    QString roleHtml(const QString &name) const;
    QString workspaceHtml(const QString &name) const;

    AdminService &m_service;
    EntityKind m_kind = EntityKind::User;
    QString m_name;
    int m_count = 0;
};

} // namespace zenml::gui
