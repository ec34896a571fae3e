#include "workspacetablemodel.h"

#include "domain/rules.h"
#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"

namespace zenml {

WorkspaceTableModel::WorkspaceTableModel(AdminService &service, QObject *parent)
    : NamedRowsModel(service,
                     {EntityKind::Workspace, EntityKind::UserRoleAssignment,
                      EntityKind::TeamRoleAssignment, EntityKind::User, EntityKind::Team},
                     EntityKind::Workspace, ColumnCount, Created, parent)
{}

Result<int> WorkspaceTableModel::load()
{
    // Counted by SQLite: no assignment row is read here.
    return keepRows(service().workspaces(), [this](const Workspace &workspace) {
        return service().store().assignments().countForWorkspace(workspace.id);
    });
}

bool WorkspaceTableModel::rowMatches(int row, const QString &lowerNeedle) const
{
    const Workspace &w = workspaceAt(row);
    return w.name.toLower().contains(lowerNeedle) || w.description.toLower().contains(lowerNeedle);
}

bool WorkspaceTableModel::storageLess(int a, int b, int column) const
{
    const Workspace &x = storageRow(a);
    const Workspace &y = storageRow(b);
    if (column == Description) {
        if (int c = x.description.compare(y.description, Qt::CaseInsensitive))
            return c < 0;
    }
    if (column == Assignments && countOf(a) != countOf(b))
        return countOf(a) < countOf(b);
    return sharedLess(a, b, column);
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const int i = storageIndex(index.row());
    if (auto shared = sharedData(i, index.column(), role))
        return *shared;
    const Workspace &w = storageRow(i);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return rules::isDefaultWorkspace(w.name) ? tr("%1 (default)").arg(w.name) : w.name;
        case Description:
            // One line in the table; the detail pane shows all of it.
            return w.description.section(QLatin1Char('\n'), 0, 0);
        case Assignments:
            return QString::number(countOf(i));
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return w.name;
        case Description:
            return w.description;
        case Assignments:
            return countOf(i);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Description && !w.description.isEmpty())
            return w.description;
        if (rules::isDefaultWorkspace(w.name))
            return tr("The default workspace comes with every ZenML server and cannot be renamed "
                      "or deleted.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Assignments)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QString WorkspaceTableModel::columnTitle(int section) const
{
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Assignments:
        //: Column: how many role assignments are scoped to the workspace
        return tr("Assignments");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace zenml
