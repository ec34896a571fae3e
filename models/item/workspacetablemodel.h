#pragma once

#include "domain/workspace.h"
#include "storetablemodel.h"

namespace zenml {

class WorkspaceTableModel : public StoreTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Description, Assignments, Created, Updated, ColumnCount };

    explicit WorkspaceTableModel(AdminService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Workspace &workspaceAt(int row) const;
    // The role assignments (users and teams) scoped to the workspace of a row.
    int assignmentsAt(int row) const;

    bool rowMatches(int row, const QString &lowerNeedle) const override;

protected:
    Result<int> load() override;
    QString storageId(int index) const override;
    QString storageName(int index) const override;
    bool storageLess(int a, int b, int column) const override;

private:
    QList<Workspace> m_workspaces;
    QList<int> m_assignments; // assignments scoped to each workspace, users and teams
};

} // namespace zenml
