#include "storetablemodel.h"

#include "service/adminservice.h"

#include <algorithm>
#include <numeric>

namespace zenml {

StoreTableModel::StoreTableModel(AdminService &service, QList<EntityKind> watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { startReload(); });
    connect(&service, &AdminService::changed, this, [this, watched](EntityKind kind) {
        if (watched.contains(kind))
            scheduleReload();
    });
}

void StoreTableModel::scheduleReload()
{
    m_reloadTimer.start();
}

void StoreTableModel::startReload()
{
    (void)reload();
}

Status StoreTableModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    auto count = load();
    if (!count) {
        endRows(0);
        Q_EMIT loadFailed(count.error().message);
        return count.error();
    }
    endRows(*count);
    return {};
}

void StoreTableModel::endRows(int count, bool complete)
{
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    m_indexOfId.clear();
    m_indexOfName.clear();
    m_indexesBuilt = false;
    applySort();
    m_loaded = true;
    endResetModel();
    if (complete)
        Q_EMIT reloaded();
}

void StoreTableModel::buildIndexes() const
{
    if (m_indexesBuilt)
        return;
    const int count = int(m_order.size());
    m_indexOfId.reserve(count);
    m_indexOfName.reserve(count);
    for (int i = 0; i < count; ++i) {
        m_indexOfId.insert(storageId(i), i);
        m_indexOfName.insert(storageName(i), i);
    }
    m_indexesBuilt = true;
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

bool StoreTableModel::validRow(const QModelIndex &index) const
{
    return index.isValid() && !index.parent().isValid() && index.row() < m_order.size() &&
           index.column() < columnCount();
}

void StoreTableModel::applySort()
{
    if (m_sortColumn >= 0 && m_sortColumn < columnCount()) {
        const int column = m_sortColumn;
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        const auto less = [&](int a, int b) {
            return ascending ? storageLess(a, b, column) : storageLess(b, a, column);
        };
        // Loads usually arrive in name order already; checking is linear, sorting is not.
        if (!std::is_sorted(m_order.begin(), m_order.end(), less))
            std::stable_sort(m_order.begin(), m_order.end(), less);
    }
    m_rowOfIndex.resize(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        m_rowOfIndex[m_order[row]] = row;
}

void StoreTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_order.isEmpty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> storage;
    storage.reserve(before.size());
    for (const QModelIndex &index : before)
        storage << m_order.value(index.row(), -1);
    applySort();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after << (storage[i] < 0 ? QModelIndex()
                                 : index(m_rowOfIndex[storage[i]], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString StoreTableModel::idAt(int row) const
{
    return row >= 0 && row < m_order.size() ? storageId(m_order[row]) : QString();
}

QString StoreTableModel::nameAt(int row) const
{
    return row >= 0 && row < m_order.size() ? storageName(m_order[row]) : QString();
}

int StoreTableModel::rowOf(const QString &id) const
{
    buildIndexes();
    auto it = m_indexOfId.constFind(id);
    return it == m_indexOfId.constEnd() ? -1 : m_rowOfIndex.value(*it, -1);
}

int StoreTableModel::rowOfName(const QString &name) const
{
    buildIndexes();
    auto it = m_indexOfName.constFind(name);
    return it == m_indexOfName.constEnd() ? -1 : m_rowOfIndex.value(*it, -1);
}

bool StoreTableModel::rowMatches(int row, const QString &lowerNeedle) const
{
    return nameAt(row).toLower().contains(lowerNeedle);
}

int StoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString StoreTableModel::columnTitle(int) const
{
    return {};
}

} // namespace zenml
