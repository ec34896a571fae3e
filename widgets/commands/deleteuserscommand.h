#pragma once

#include "service/adminservice.h"
#include "servicecommand.h"

namespace zenml::gui {

// Deletes users; undo re-creates each with its fields, role assignments and team memberships.
class DeleteUsersCommand : public ServiceCommand
{
public:
    DeleteUsersCommand(AdminService &service, QStringList names);

protected:
    Status apply() override;
    Status revert() override;

private:
    struct Snapshot
    {
        User user;
        QList<QPair<QString, QString>> roles; // role name, workspace name (empty: global)
        QStringList teams;
    };
    QStringList m_names;
    QList<Snapshot> m_snapshots;
};

} // namespace zenml::gui
