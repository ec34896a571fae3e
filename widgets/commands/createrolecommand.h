#pragma once

#include "domain/permission.h"
#include "servicecommand.h"

namespace zenml::gui {

class CreateRoleCommand : public ServiceCommand
{
public:
    CreateRoleCommand(AdminService &service, QString name, Permissions permissions);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_name;
    Permissions m_permissions;
};

} // namespace zenml::gui
