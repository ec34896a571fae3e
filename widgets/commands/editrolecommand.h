#pragma once

#include "domain/role.h"
#include "servicecommand.h"

namespace zenml::gui {

// Renames a role and replaces its permission set.
class EditRoleCommand : public ServiceCommand
{
public:
    EditRoleCommand(AdminService &service, const Role &before, QString newName,
                    Permissions newPermissions);

protected:
    Status apply() override;
    Status revert() override;

private:
    static Status write(AdminService &service, const QString &from, const QString &to,
                        Permissions permissions);

    QString m_oldName;
    Permissions m_oldPermissions;
    QString m_newName;
    Permissions m_newPermissions;
};

} // namespace zenml::gui
