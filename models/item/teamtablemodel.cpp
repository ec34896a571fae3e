#include "teamtablemodel.h"

#include "service/adminservice.h"

namespace zenml {

TeamTableModel::TeamTableModel(AdminService &service, QObject *parent)
    : NamedRowsModel(service, {EntityKind::Team, EntityKind::User}, EntityKind::Team, ColumnCount,
                     Created, parent)
{}

Result<int> TeamTableModel::load()
{
    return keepRows(service().teams());
}

bool TeamTableModel::storageLess(int a, int b, int column) const
{
    const Team &x = storageRow(a);
    const Team &y = storageRow(b);
    if (column == Members && x.memberIds.size() != y.memberIds.size())
        return x.memberIds.size() < y.memberIds.size();
    return sharedLess(a, b, column);
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const int i = storageIndex(index.row());
    if (auto shared = sharedData(i, index.column(), role))
        return *shared;
    const Team &t = storageRow(i);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case Members:
            return QString::number(t.memberIds.size());
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return t.name;
        case Members:
            return t.memberIds;
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

QString TeamTableModel::columnTitle(int section) const
{
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
