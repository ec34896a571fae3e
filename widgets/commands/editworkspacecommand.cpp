#include "editworkspacecommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

EditWorkspaceCommand::EditWorkspaceCommand(AdminService &service, const Workspace &before,
                                           QString newName, QString newDescription)
    : ServiceCommand(service,
                     QCoreApplication::translate("Commands", "Edit workspace %1").arg(before.name))
    , m_oldName(before.name)
    , m_oldDescription(before.description)
    , m_newName(std::move(newName))
    , m_newDescription(std::move(newDescription))
{}

Status EditWorkspaceCommand::write(const QString &from, const QString &to,
                                   const QString &description, const QString &otherDescription)
{
    std::optional<QString> name;
    if (from != to)
        name = to;
    std::optional<QString> text;
    if (description != otherDescription)
        text = description;
    return statusOf(m_service.updateWorkspace(from, name, text));
}

Status EditWorkspaceCommand::apply()
{
    return write(m_oldName, m_newName, m_newDescription, m_oldDescription);
}

Status EditWorkspaceCommand::revert()
{
    return write(m_newName, m_oldName, m_oldDescription, m_newDescription);
}

} // namespace zenml::gui
