#pragma once

#include "domain/workspace.h"
#include "namedrowsmodel.h"

namespace zenml {

class WorkspaceTableModel : public NamedRowsModel<Workspace>
{
    Q_OBJECT
public:
    enum Column { Name, Description, Assignments, Created, Updated, ColumnCount };

    explicit WorkspaceTableModel(AdminService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Workspace &workspaceAt(int row) const { return viewRow(row); }
    // The role assignments (users and teams) scoped to the workspace of a row.
    int assignmentsAt(int row) const { return countOf(storageIndex(row)); }

    bool rowMatches(int row, const QString &lowerNeedle) const override;

protected:
    Result<int> load() override;
    bool storageLess(int a, int b, int column) const override;
    QString columnTitle(int section) const override;
};

} // namespace zenml
