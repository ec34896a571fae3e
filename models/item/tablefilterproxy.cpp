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
    m_matchesValid = false;
    if (!model)
        return;
    // Rows move or change: the bits name source rows, so they are worked out again on demand.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_matchesValid = false; });
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_matchesValid = false; });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_matchesValid = false; });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_matchesValid = false; });
}

void TableFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    const QString previous = m_lowerSearch;
    m_lowerSearch = text.trimmed().toLower();
    computeMatches(previous);
    refilter();
}

void TableFilterProxy::computeMatches(const QString &previous) const
{
    if (!m_store || m_lowerSearch.isEmpty()) {
        m_matchesValid = false;
        return;
    }
    const int rows = m_store->rowCount();
    const bool narrowing = m_matchesValid && !previous.isEmpty() &&
                           m_lowerSearch.contains(previous) && m_matches.size() == rows;
    if (!narrowing)
        m_matches = QBitArray(rows, true);
    for (int row = 0; row < rows; ++row) {
        if (m_matches.testBit(row) && !m_store->rowMatches(row, m_lowerSearch))
            m_matches.clearBit(row);
    }
    m_matchesValid = true;
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
    if (m_store) {
        if (!m_matchesValid || m_matches.size() != m_store->rowCount())
            computeMatches({});
        return m_matches.testBit(sourceRow);
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace zenml
