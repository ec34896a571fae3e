#pragma once

#include "servicecommand.h"

#include <QStringList>

namespace zenml::gui {

class CreateTeamCommand : public ServiceCommand
{
public:
    CreateTeamCommand(AdminService &service, QString name, QStringList members);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_name;
    QStringList m_members;
};

} // namespace zenml::gui
