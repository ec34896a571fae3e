#include "workspacetablemodel.h"

#include "domain/rules.h"
#include "itemroles.h"
#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"

#include <QLocale>

namespace zenml {

WorkspaceTableModel::WorkspaceTableModel(AdminService &service, QObject *parent)
    : StoreTableModel(service,
                      {EntityKind::Workspace, EntityKind::UserRoleAssignment,
                       EntityKind::TeamRoleAssignment, EntityKind::User, EntityKind::Team},
                      parent)
{}

int WorkspaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<int> WorkspaceTableModel::load()
{
    auto workspaces = service().workspaces();
    if (!workspaces)
        return workspaces.error();
    QList<int> assignments;
    for (const Workspace &workspace : *workspaces) {
        // Counted by SQLite: no assignment row is read here.
        auto scoped = service().store().assignments().countForWorkspace(workspace.id);
        if (!scoped)
            return scoped.error();
        assignments << *scoped;
    }
    m_workspaces = std::move(workspaces.value());
    m_assignments = std::move(assignments);
    return int(m_workspaces.size());
}

QString WorkspaceTableModel::storageId(int index) const
{
    return m_workspaces.at(index).id;
}

QString WorkspaceTableModel::storageName(int index) const
{
    return m_workspaces.at(index).name;
}

const Workspace &WorkspaceTableModel::workspaceAt(int row) const
{
    return m_workspaces.at(storageIndex(row));
}

int WorkspaceTableModel::assignmentsAt(int row) const
{
    return m_assignments.at(storageIndex(row));
}

bool WorkspaceTableModel::rowMatches(int row, const QString &lowerNeedle) const
{
    const Workspace &w = workspaceAt(row);
    return w.name.toLower().contains(lowerNeedle) || w.description.toLower().contains(lowerNeedle);
}

bool WorkspaceTableModel::storageLess(int a, int b, int column) const
{
    const Workspace &x = m_workspaces.at(a);
    const Workspace &y = m_workspaces.at(b);
    switch (column) {
    case Description:
        if (int c = x.description.compare(y.description, Qt::CaseInsensitive))
            return c < 0;
        break;
    case Assignments:
        if (m_assignments.at(a) != m_assignments.at(b))
            return m_assignments.at(a) < m_assignments.at(b);
        break;
    case Created:
        if (x.created != y.created)
            return x.created < y.created;
        break;
    case Updated:
        if (x.updated != y.updated)
            return x.updated < y.updated;
        break;
    default:
        break;
    }
    if (int c = x.name.compare(y.name, Qt::CaseInsensitive))
        return c < 0;
    return x.name < y.name;
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const int i = storageIndex(index.row());
    const Workspace &w = m_workspaces.at(i);
    switch (role) {
    case itemrole::Id:
        return w.id;
    case itemrole::Name:
        return w.name;
    case itemrole::Kind:
        return int(EntityKind::Workspace);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return rules::isDefaultWorkspace(w.name) ? tr("%1 (default)").arg(w.name) : w.name;
        case Description:
            // One line in the table; the detail pane shows all of it.
            return w.description.section(QLatin1Char('\n'), 0, 0);
        case Assignments:
            return QString::number(m_assignments.at(i));
        case Created:
            return QLocale().toString(w.created.toLocalTime(), QLocale::ShortFormat);
        case Updated:
            return QLocale().toString(w.updated.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return w.name;
        case Description:
            return w.description;
        case Assignments:
            return m_assignments.at(i);
        case Created:
            return w.created;
        case Updated:
            return w.updated;
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

QVariant WorkspaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
