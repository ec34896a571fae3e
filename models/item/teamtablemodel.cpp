#include "teamtablemodel.h"

#include "itemroles.h"
#include "service/adminservice.h"

#include <QLocale>

namespace zenml {

TeamTableModel::TeamTableModel(AdminService &service, QObject *parent)
    : StoreTableModel(service, {EntityKind::Team, EntityKind::User}, parent)
{}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<int> TeamTableModel::load()
{
    auto teams = service().teams();
    if (!teams)
        return teams.error();
    m_teams = std::move(teams.value());
    return int(m_teams.size());
}

QString TeamTableModel::storageId(int index) const
{
    return m_teams.at(index).id;
}

QString TeamTableModel::storageName(int index) const
{
    return m_teams.at(index).name;
}

const Team &TeamTableModel::teamAt(int row) const
{
    return m_teams.at(storageIndex(row));
}

bool TeamTableModel::storageLess(int a, int b, int column) const
{
    const Team &x = m_teams.at(a);
    const Team &y = m_teams.at(b);
    switch (column) {
    case Members:
        if (x.memberIds.size() != y.memberIds.size())
            return x.memberIds.size() < y.memberIds.size();
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

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const Team &t = m_teams.at(storageIndex(index.row()));
    switch (role) {
    case itemrole::Id:
        return t.id;
    case itemrole::Name:
        return t.name;
    case itemrole::Kind:
        return int(EntityKind::Team);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case Members:
            return QString::number(t.memberIds.size());
        case Created:
            return QLocale().toString(t.created.toLocalTime(), QLocale::ShortFormat);
        case Updated:
            return QLocale().toString(t.updated.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return t.name;
        case Members:
            return t.memberIds;
        case Created:
            return t.created;
        case Updated:
            return t.updated;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Members)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Members:
        return tr("Members");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace zenml
