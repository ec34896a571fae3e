#pragma once

#include "domain/workspace.h"
#include "servicecommand.h"

namespace zenml::gui {

// Renames a workspace and replaces its description; only what differs is sent, so that the
// default workspace (which keeps its name) can still be described.
class EditWorkspaceCommand : public ServiceCommand
{
public:
    EditWorkspaceCommand(AdminService &service, const Workspace &before, QString newName,
                         QString newDescription);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const QString &from, const QString &to, const QString &description,
                 const QString &otherDescription);

    QString m_oldName;
    QString m_oldDescription;
    QString m_newName;
    QString m_newDescription;
};

} // namespace zenml::gui
