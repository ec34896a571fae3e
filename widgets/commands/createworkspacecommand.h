#pragma once

#include "servicecommand.h"

#include <QString>

namespace zenml::gui {

class CreateWorkspaceCommand : public ServiceCommand
{
public:
    CreateWorkspaceCommand(AdminService &service, QString name, QString description);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_name;
    QString m_description;
};

} // namespace zenml::gui
