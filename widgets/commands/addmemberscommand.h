#pragma once

#include "servicecommand.h"

#include <QStringList>

namespace zenml::gui {

// Adds users to a team; undo removes only those that were not members before.
class AddMembersCommand : public ServiceCommand
{
public:
    AddMembersCommand(AdminService &service, QString team, QStringList users);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_team;
    QStringList m_users;
    QStringList m_added;
};

} // namespace zenml::gui
