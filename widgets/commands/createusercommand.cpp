#include "createusercommand.h"

#include <QCoreApplication>

namespace zenml::gui {

CreateUserCommand::CreateUserCommand(AdminService &service, UserDraft draft)
    : ServiceCommand(service,
                     QCoreApplication::translate("Commands", "Create user %1").arg(draft.name))
    , m_draft(std::move(draft))
{}

Status CreateUserCommand::apply()
{
    return statusOf(m_service.createUser(m_draft));
}

Status CreateUserCommand::revert()
{
    return m_service.deleteUsers({m_draft.name});
}

} // namespace zenml::gui
