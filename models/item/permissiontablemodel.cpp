#include "permissiontablemodel.h"

#include "itemroles.h"
#include "service/adminservice.h"

namespace zenml {

PermissionTableModel::PermissionTableModel(AdminService &service, QObject *parent)
    : StoreTableModel(service, {EntityKind::Role}, parent)
{}

int PermissionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<int> PermissionTableModel::load()
{
    auto roles = service().roles();
    if (!roles)
        return roles.error();
    QList<QStringList> granting;
    for (Permission p : permission::all()) {
        QStringList names;
        for (const Role &role : *roles) {
            if (role.permissions.testFlag(p))
                names << role.name;
        }
        names.sort(Qt::CaseInsensitive);
        granting << names;
    }
    m_roles = granting;
    return int(m_roles.size());
}

QString PermissionTableModel::storageId(int index) const
{
    return permission::name(permission::all().at(index));
}

QString PermissionTableModel::storageName(int index) const
{
    return storageId(index);
}

bool PermissionTableModel::storageLess(int a, int b, int column) const
{
    if (column == Roles && m_roles.at(a).size() != m_roles.at(b).size())
        return m_roles.at(a).size() < m_roles.at(b).size();
    return a < b; // the canonical order: read, write, me
}

Permission PermissionTableModel::permissionAt(int row) const
{
    return permission::all().at(storageIndex(row));
}

QStringList PermissionTableModel::rolesAt(int row) const
{
    return m_roles.at(storageIndex(row));
}

QVariant PermissionTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const int i = storageIndex(index.row());
    const Permission p = permission::all().at(i);
    switch (role) {
    case itemrole::Id:
    case itemrole::Name:
        return permission::name(p);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return permission::name(p);
        case Description:
            return permission::description(p);
        case Roles:
            return m_roles.at(i).join(QStringLiteral(", "));
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return int(p);
        case Description:
            return permission::description(p);
        case Roles:
            return m_roles.at(i);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PermissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Permission");
    case Description:
        return tr("What it allows");
    case Roles:
        return tr("Granted by");
    }
    return {};
}

} // namespace zenml
