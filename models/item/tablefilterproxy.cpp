#include "tablefilterproxy.h"

#include "rolematrixmodel.h"
#include "storetablemodel.h"

namespace zenml {

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void TableFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_store = qobject_cast<StoreTableModel *>(model);
    // The matrix searches by the names of the subject model behind its rows.
    if (auto *matrix = qobject_cast<RoleMatrixModel *>(model))
        m_store = matrix->subjects();
    QSortFilterProxyModel::setSourceModel(model);
}

void TableFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_lowerSearch = text.trimmed().toLower();
    refilter();
}

void TableFilterProxy::refilter()
{
    // invalidateFilter() moves rows one range at a time, which costs seconds at 100,000 rows;
    // a reset-style invalidate() rebuilds the mapping in one pass.
    invalidate();
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_lowerSearch.isEmpty())
        return true;
    if (m_store)
        return m_store->rowMatches(sourceRow, m_lowerSearch);
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace zenml
