#include "reviewuserpermissions.h"

#include "review/effectivepermissions.h"

#include <QCoreApplication>

namespace zenml::gui {

namespace {
struct ReviewUserPermissions
{
    Q_DECLARE_TR_FUNCTIONS(zenml::gui::ReviewUserPermissions)
};
using Tr = ReviewUserPermissions;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString reviewUserPermissionsHtml(AdminService &service, const QString &userName)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Effective permissions")));
    auto rows = review::AccessQuery(service).byWorkspace(userName);
    if (!rows)
        return html + QStringLiteral("<p>%1</p>").arg(esc(rows.error().message));
    const review::EffectivePermissions &first = rows->first();
    if (!first.active)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(Tr::tr("Inactive: holds these permissions but cannot use them until "
                                    "activated.")));
    if (!first.enforced)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(Tr::tr("A local profile records roles but does not enforce them.")));
    html += QStringLiteral("<table cellpadding=\"2\">");
    for (const review::EffectivePermissions &e : *rows) {
        const QString where =
            e.workspaceId.isEmpty()
                ? Tr::tr("Every workspace")
                : Tr::tr("Workspace %1")
                      .arg(e.workspaceName.isEmpty() ? e.workspaceId : e.workspaceName);
        QString cell;
        if (e.grants.isEmpty())
            cell = esc(Tr::tr("No permissions."));
        for (const review::PermissionGrant &g : e.grants) {
            QStringList reasons;
            for (const review::GrantPath &p : g.paths)
                reasons << QStringLiteral("<li>%1</li>").arg(esc(p.describe()));
            cell += QStringLiteral("<b>%1</b><ul style=\"margin-top:0\">%2</ul>")
                        .arg(esc(permission::name(g.permission)), reasons.join(QString()));
        }
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(where), cell);
    }
    return html + QStringLiteral("</table>");
}

} // namespace zenml::gui
