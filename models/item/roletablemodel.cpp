#include "roletablemodel.h"

#include "domain/rules.h"
#include "itemroles.h"
#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"

#include <QLocale>

namespace zenml {

RoleTableModel::RoleTableModel(AdminService &service, QObject *parent)
    : StoreTableModel(service,
                      {EntityKind::Role, EntityKind::UserRoleAssignment,
                       EntityKind::TeamRoleAssignment, EntityKind::User, EntityKind::Team},
                      parent)
{}

int RoleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<int> RoleTableModel::load()
{
    auto roles = service().roles();
    if (!roles)
        return roles.error();
    QList<int> holders;
    for (const Role &role : *roles) {
        auto count = service().store().assignments().countForRole(role.id);
        if (!count)
            return count.error();
        holders << *count;
    }
    m_roles = std::move(roles.value());
    m_holders = std::move(holders);
    return int(m_roles.size());
}

QString RoleTableModel::storageId(int index) const
{
    return m_roles.at(index).id;
}

QString RoleTableModel::storageName(int index) const
{
    return m_roles.at(index).name;
}

const Role &RoleTableModel::roleAt(int row) const
{
    return m_roles.at(storageIndex(row));
}

bool RoleTableModel::storageLess(int a, int b, int column) const
{
    const Role &x = m_roles.at(a);
    const Role &y = m_roles.at(b);
    switch (column) {
    case Permissions:
        if (x.permissions.toInt() != y.permissions.toInt())
            return x.permissions.toInt() < y.permissions.toInt();
        break;
    case Holders:
        if (m_holders.at(a) != m_holders.at(b))
            return m_holders.at(a) < m_holders.at(b);
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

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const int i = storageIndex(index.row());
    const Role &r = m_roles.at(i);
    switch (role) {
    case itemrole::Id:
        return r.id;
    case itemrole::Name:
        return r.name;
    case itemrole::Kind:
        return int(EntityKind::Role);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return rules::isBuiltinRole(r.name) ? tr("%1 (built in)").arg(r.name) : r.name;
        case Permissions:
            return permission::names(r.permissions).join(QStringLiteral(", "));
        case Holders:
            return QString::number(m_holders.at(i));
        case Created:
            return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        case Updated:
            return QLocale().toString(r.updated.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return r.name;
        case Permissions:
            return permission::names(r.permissions);
        case Holders:
            return m_holders.at(i);
        case Created:
            return r.created;
        case Updated:
            return r.updated;
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

QVariant RoleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
