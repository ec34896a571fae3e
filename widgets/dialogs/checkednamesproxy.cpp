#include "checkednamesproxy.h"

#include "item/itemroles.h"

#include <algorithm>

namespace zenml::gui {

QStringList CheckedNamesProxy::checkedNames() const
{
    QStringList names(m_checked.cbegin(), m_checked.cend());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CheckedNamesProxy::setCheckedNames(const QStringList &names)
{
    m_checked = QSet<QString>(names.cbegin(), names.cend());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QVariant CheckedNamesProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && index.column() == 0)
        return m_checked.contains(index.data(itemrole::Name).toString()) ? Qt::Checked
                                                                         : Qt::Unchecked;
    return QIdentityProxyModel::data(index, role);
}

bool CheckedNamesProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != 0)
        return QIdentityProxyModel::setData(index, value, role);
    const QString name = index.data(itemrole::Name).toString();
    if (value.toInt() == Qt::Checked)
        m_checked.insert(name);
    else
        m_checked.remove(name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags CheckedNamesProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    if (index.column() == 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace zenml::gui
