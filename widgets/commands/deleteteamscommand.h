#pragma once

#include "servicecommand.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace zenml::gui {

// Deletes teams; undo re-creates each with its members and role assignments.
class DeleteTeamsCommand : public ServiceCommand
{
public:
    DeleteTeamsCommand(AdminService &service, QStringList names);

protected:
    Status apply() override;
    Status revert() override;

private:
    struct Snapshot
    {
        QString name;
        QStringList members;
        QList<QPair<QString, QString>> roles; // role name, workspace name
    };
    QStringList m_names;
    QList<Snapshot> m_snapshots;
};

} // namespace zenml::gui
