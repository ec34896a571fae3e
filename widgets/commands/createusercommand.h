#pragma once

#include "service/adminservice.h"
#include "servicecommand.h"

namespace zenml::gui {

class CreateUserCommand : public ServiceCommand
{
public:
    CreateUserCommand(AdminService &service, UserDraft draft);

protected:
    Status apply() override;
    Status revert() override;

private:
    UserDraft m_draft;
};

} // namespace zenml::gui
