#pragma once

#include "service/adminservice.h"
#include "servicecommand.h"

namespace zenml::gui {

// Assigns or revokes one role for users and teams in one scope. Only the subjects whose
// assignment actually changed are recorded, so undo leaves alone those that already had (or
// lacked) the role.
class AssignmentCommand : public ServiceCommand
{
public:
    AssignmentCommand(AdminService &service, AssignmentTarget target, bool assign);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status assign(const AssignmentTarget &target);
    Status revoke(const AssignmentTarget &target);
    Result<bool> holds(SubjectKind kind, const QString &subject) const;

    AssignmentTarget m_target;
    bool m_assign;
    AssignmentTarget m_changed; // the subjects that changed the last time apply() ran
};

} // namespace zenml::gui
