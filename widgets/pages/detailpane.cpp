#include "detailpane.h"

#include "reviewuserpermissions.h"

#include "domain/rules.h"
#include "service/adminservice.h"

#include <QLocale>
#include <algorithm>

namespace zenml::gui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
QString when(const QDateTime &time)
{
    return esc(QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
}
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label, value);
}
QString list(const QStringList &items, const QString &none)
{
    if (items.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(none);
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}
} // namespace

DetailPane::DetailPane(AdminService &service, QWidget *parent)
    : QTextBrowser(parent)
    , m_service(service)
{
    setOpenLinks(false);
    setAccessibleName(tr("Details of the selection"));
    connect(&service, &AdminService::changed, this, [this] { refresh(); });
}

void DetailPane::showEntity(EntityKind kind, const QString &name, int selectedCount)
{
    m_kind = kind;
    m_name = name;
    m_count = selectedCount;
    refresh();
}

void DetailPane::refresh()
{
    if (m_count > 1) {
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%n selected. The actions of the Selection "
                                "menu apply to all of them.",
                                nullptr, m_count))));
        return;
    }
    if (m_name.isEmpty()) {
        setHtml(
            QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Select a row to see its details."))));
        return;
    }
    switch (m_kind) {
    case EntityKind::User:
        setHtml(userHtml(m_name));
        break;
    case EntityKind::Team:
        setHtml(teamHtml(m_name));
        break;
    case EntityKind::Role:
        setHtml(roleHtml(m_name));
        break;
    case EntityKind::Workspace:
        setHtml(workspaceHtml(m_name));
        break;
    default:
        clear();
    }
}

QString DetailPane::emailText(const QString &email) const
{
    if (m_service.profileKind() != ProfileKind::Server)
        return esc(email);
    // ZenML's user lists leave the email out; the mirror keeps one typed here or the signed-in
    // user's, and says which it is.
    if (email.isEmpty())
        return QStringLiteral("<i>%1</i>").arg(esc(tr("not shown by the server")));
    return QStringLiteral("%1 <i>(%2)</i>")
        .arg(esc(email), esc(tr("as known on this computer; the server's lists do not show it")));
}

QString DetailPane::userHtml(const QString &name) const
{
    auto details = m_service.userDetails(name);
    if (!details)
        return QStringLiteral("<p>%1</p>").arg(esc(details.error().message));
    const User &u = details->user;
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(u.name));
    html += row(tr("Full name"), esc(u.fullName));
    html += row(tr("Email"), emailText(u.email));
    html += row(tr("Status"), u.active ? tr("Active") : tr("Inactive (not yet activated)"));
    html += row(tr("Created"), when(u.created));
    html += row(tr("Updated"), when(u.updated));
    html += QStringLiteral("</table>");
    if (rules::isDefaultUser(u.name))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("The default user cannot be renamed, deactivated or deleted; the "
                                "server depends on it.")));
    QStringList roles;
    for (const AssignmentView &v : details->roles)
        roles << (v.assignment.isGlobal()
                      ? tr("%1 — global").arg(esc(v.roleName))
                      : tr("%1 — in workspace %2").arg(esc(v.roleName), esc(v.workspaceName)));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Roles")));
    html += list(roles, esc(tr("No roles assigned directly.")));
    QStringList teams;
    for (const NamedRef &t : details->teams)
        teams << esc(t.name);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Teams")));
    html += list(teams, esc(tr("Not in any team.")));
    html += reviewUserPermissionsHtml(m_service, u.name);
    return html;
}

QString DetailPane::teamHtml(const QString &name) const
{
    auto team = m_service.team(name);
    if (!team)
        return QStringLiteral("<p>%1</p>").arg(esc(team.error().message));
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(team->name));
    html += row(tr("Created"), when(team->created));
    html += row(tr("Updated"), when(team->updated));
    html += QStringLiteral("</table>");
    QStringList members;
    for (const QString &id : team->memberIds) {
        if (auto ref = m_service.resolve(EntityKind::User, id))
            members << esc(ref->name);
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Members (%1)").arg(members.size())));
    html += list(members, esc(tr("No members.")));
    QStringList roles;
    if (auto views = m_service.assignments({}, team->name)) {
        for (const AssignmentView &v : *views)
            roles << (v.assignment.isGlobal()
                          ? tr("%1 — global").arg(esc(v.roleName))
                          : tr("%1 — in workspace %2").arg(esc(v.roleName), esc(v.workspaceName)));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Roles")));
    html += list(roles, esc(tr("No roles assigned.")));
    return html;
}

QString DetailPane::roleHtml(const QString &name) const
{
    auto role = m_service.role(name);
    if (!role)
        return QStringLiteral("<p>%1</p>").arg(esc(role.error().message));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(role->name));
    if (rules::isBuiltinRole(role->name))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("Built in: comes with every ZenML server and cannot be changed or "
                                "deleted.")));
    html += QStringLiteral("<table>");
    html += row(tr("Created"), when(role->created));
    html += row(tr("Updated"), when(role->updated));
    html += QStringLiteral("</table>");
    QStringList permissions;
    for (Permission p : permission::all()) {
        if (role->permissions.testFlag(p))
            permissions << QStringLiteral("<b>%1</b>: %2")
                               .arg(esc(permission::name(p)), esc(permission::description(p)));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Permissions")));
    html += list(permissions, esc(tr("No permissions.")));
    auto views = m_service.assignments({}, {}, role->name);
    QStringList holders;
    int total = 0;
    if (views) {
        total = int(views->size());
        // A role may be held by many thousands; the pane lists the first ones and counts.
        for (const AssignmentView &v : views->mid(0, 200)) {
            const QString who = v.assignment.subjectKind == SubjectKind::User
                                    ? tr("user %1").arg(esc(v.subjectName))
                                    : tr("team %1").arg(esc(v.subjectName));
            holders << (v.assignment.isGlobal()
                            ? tr("%1 — global").arg(who)
                            : tr("%1 — in workspace %2").arg(who, esc(v.workspaceName)));
        }
        if (total > holders.size())
            holders << esc(tr("… and %n more", nullptr, int(total - holders.size())));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Held by (%1)").arg(total)));
    html += list(holders, esc(tr("Nobody holds this role.")));
    return html;
}

QString DetailPane::workspaceHtml(const QString &name) const
{
    auto ref = m_service.resolve(EntityKind::Workspace, name);
    if (!ref)
        return QStringLiteral("<p>%1</p>").arg(esc(ref.error().message));
    auto all = m_service.workspaces();
    if (!all)
        return QStringLiteral("<p>%1</p>").arg(esc(all.error().message));
    auto it = std::find_if(all->cbegin(), all->cend(),
                           [&](const Workspace &w) { return w.id == ref->id; });
    if (it == all->cend())
        return {};
    const Workspace &w = *it;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(w.name));
    if (rules::isDefaultWorkspace(w.name))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("The default workspace cannot be renamed or deleted; the server "
                                "depends on it. Its description can change.")));
    if (w.description.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No description.")));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(w.description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<table>");
    html += row(tr("Created"), when(w.created));
    html += row(tr("Updated"), when(w.updated));
    html += QStringLiteral("</table>");
    auto views = m_service.assignments({}, {}, {}, w.name);
    QStringList scoped;
    int total = 0;
    if (views) {
        total = int(views->size());
        for (const AssignmentView &v : views->mid(0, 200)) {
            const QString who = v.assignment.subjectKind == SubjectKind::User
                                    ? tr("user %1").arg(esc(v.subjectName))
                                    : tr("team %1").arg(esc(v.subjectName));
            //: A role assignment scoped to a workspace: who, then the role
            scoped << tr("%1: %2").arg(who, esc(v.roleName));
        }
        if (total > scoped.size())
            scoped << esc(tr("… and %n more", nullptr, int(total - scoped.size())));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Role assignments (%1)").arg(total)));
    html += list(scoped, esc(tr("No role assignments are scoped to this workspace.")));
    return html;
}

} // namespace zenml::gui
