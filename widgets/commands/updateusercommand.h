#pragma once

#include "service/adminservice.h"
#include "servicecommand.h"

namespace zenml::gui {

// Changes a user's fields; undo writes back the values they had.
class UpdateUserCommand : public ServiceCommand
{
public:
    UpdateUserCommand(AdminService &service, const User &before, UserChanges changes);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_name;
    UserChanges m_changes;
    UserChanges m_inverse;
};

} // namespace zenml::gui
