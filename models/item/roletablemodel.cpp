#include "roletablemodel.h"

#include "domain/rules.h"
#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"

namespace zenml {

RoleTableModel::RoleTableModel(AdminService &service, QObject *parent)
    : NamedRowsModel(service,
                     {EntityKind::Role, EntityKind::UserRoleAssignment,
                      EntityKind::TeamRoleAssignment, EntityKind::User, EntityKind::Team},
                     EntityKind::Role, ColumnCount, Created, parent)
{}

Result<int> RoleTableModel::load()
{
    // The holders of each role: its assignments, users and teams, every scope.
    return keepRows(service().roles(), [this](const Role &role) {
        return service().store().assignments().countForRole(role.id);
    });
}

bool RoleTableModel::storageLess(int a, int b, int column) const
{
    const Role &x = storageRow(a);
    const Role &y = storageRow(b);
    if (column == Permissions && x.permissions.toInt() != y.permissions.toInt())
        return x.permissions.toInt() < y.permissions.toInt();
    if (column == Holders && countOf(a) != countOf(b))
        return countOf(a) < countOf(b);
    return sharedLess(a, b, column);
}

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const int i = storageIndex(index.row());
    if (auto shared = sharedData(i, index.column(), role))
        return *shared;
    const Role &r = storageRow(i);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return rules::isBuiltinRole(r.name) ? tr("%1 (built in)").arg(r.name) : r.name;
        case Permissions:
            return permission::names(r.permissions).join(QStringLiteral(", "));
        case Holders:
            return QString::number(countOf(i));
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return r.name;
        case Permissions:
            return permission::names(r.permissions);
        case Holders:
            return countOf(i);
        }
        break;
    case Qt::ToolTipRole:
        if (rules::isBuiltinRole(r.name))
            return tr("Built-in roles come with every ZenML server and cannot be changed.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Holders)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QString RoleTableModel::columnTitle(int section) const
{
    switch (section) {
    case Name:
        return tr("Name");
    case Permissions:
        return tr("Permissions");
    case Holders:
        //: Column: how many users and teams have the role
        return tr("Assigned");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace zenml
