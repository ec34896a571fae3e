#include "parts/pageicons.h"

#include <QHash>

namespace zenml::gui {

namespace {

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> icons{
        {QStringLiteral("users"), QStringLiteral("users")},
        {QStringLiteral("teams"), QStringLiteral("team")},
        {QStringLiteral("roles"), QStringLiteral("role")},
        {QStringLiteral("workspaces"), QStringLiteral("workspace")},
        {QStringLiteral("permissions"), QStringLiteral("permission")},
        {QStringLiteral("assignments"), QStringLiteral("assignment")},
        {QStringLiteral("matrix"), QStringLiteral("matrix")},
        {QStringLiteral("review"), QStringLiteral("review")},
        {QStringLiteral("history"), QStringLiteral("history")},
        // Only on server profiles (after the sidebar's separator):
        {QStringLiteral("pending"), QStringLiteral("pending")},
        {QStringLiteral("conflicts"), QStringLiteral("conflict")},
        {QStringLiteral("invitations"), QStringLiteral("invitation")},
    };
    return icons;
}

} // namespace

QIcon PageIcons::icon(const QString &key)
{
    const QString file = table().value(key);
    if (file.isEmpty())
        return {};
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(file));
}

QStringList PageIcons::keys()
{
    return table().keys();
}

} // namespace zenml::gui
