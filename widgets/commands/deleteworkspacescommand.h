#pragma once

#include "domain/roleassignment.h"
#include "servicecommand.h"

#include <QList>
#include <QStringList>

namespace zenml::gui {

// Deletes workspaces, and with them the role assignments scoped to them (as the server does);
// undo re-creates each workspace with its description and those assignments.
class DeleteWorkspacesCommand : public ServiceCommand
{
public:
    DeleteWorkspacesCommand(AdminService &service, QStringList names);

protected:
    Status apply() override;
    Status revert() override;

private:
    struct Scoped
    {
        SubjectKind kind;
        QString subject; // user or team name
        QString role;    // role name
    };
    struct Snapshot
    {
        QString name;
        QString description;
        QList<Scoped> assignments;
    };
    QStringList m_names;
    QList<Snapshot> m_snapshots;
};

} // namespace zenml::gui
