#pragma once

#include "domain/role.h"
#include "servicecommand.h"

#include <QStringList>

namespace zenml::gui {

// Deletes roles (only unassigned ones can go); undo re-creates them with their permissions.
class DeleteRolesCommand : public ServiceCommand
{
public:
    DeleteRolesCommand(AdminService &service, QStringList names);

protected:
    Status apply() override;
    Status revert() override;

private:
    QStringList m_names;
    QList<Role> m_snapshots;
};

} // namespace zenml::gui
