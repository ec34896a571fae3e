#pragma once

#include "domain/entitykind.h"
#include "domain/error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace zenml {

class AdminService;

// Base of the table models over the local store: keeps the rows in a storage order and a view
// order (a permutation), sorts that permutation itself, and reloads when the facade reports a
// change of a watched kind. Sorting here instead of in QSortFilterProxyModel keeps a sort of
// 100,000 rows to one std::stable_sort over plain data instead of millions of QVariant
// comparisons.
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    StoreTableModel(AdminService &service, QList<EntityKind> watched, QObject *parent = nullptr);

    // Reads the rows now (a model reset); the current sort is kept.
    Status reload();
    // Starts a reload; models of many rows override it to show a first page at once and read the
    // rest in the background. reloaded() is emitted when all rows are in.
    virtual void startReload();
    // Reloads on the next turn of the event loop; several changes in a row reload once.
    void scheduleReload();
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    // The columns set by setColumns(), titled by columnTitle(); models that answer otherwise
    // override these two.
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString idAt(int row) const;
    QString nameAt(int row) const;
    int rowOf(const QString &id) const; // -1 when absent
    int rowOfName(const QString &name) const;

    // True when the row's searchable text contains needle (already lower case). The default
    // checks the lower-cased names; models with more searchable text override it.
    virtual bool rowMatches(int row, const QString &lowerNeedle) const;

    AdminService &service() const { return m_service; }

Q_SIGNALS:
    void reloaded();
    void loadFailed(const QString &message);

protected:
    void setColumns(int count) { m_columnCount = count; }
    virtual QString columnTitle(int section) const;
    // Replaces the storage rows; returns their number.
    virtual Result<int> load() = 0;
    virtual QString storageId(int index) const = 0;
    virtual QString storageName(int index) const = 0;
    // Strict weak order of two storage rows by a column (ascending).
    virtual bool storageLess(int a, int b, int column) const = 0;

    int storageIndex(int row) const { return m_order.at(row); }
    bool validRow(const QModelIndex &index) const;
    // For subclasses that swap their rows in themselves: call between beginResetModel() and
    // the storage change, then endRows() with the new count (it ends the reset).
    void endRows(int count, bool complete = true);

private:
    void applySort();
    void buildIndexes() const;

    AdminService &m_service;
    QList<int> m_order;      // view row → storage index
    QList<int> m_rowOfIndex; // storage index → view row
    // Built on first use: 100,000 ids and names would cost a load a third of its time.
    mutable QHash<QString, int> m_indexOfId;
    mutable QHash<QString, int> m_indexOfName;
    mutable bool m_indexesBuilt = false;
    int m_columnCount = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer m_reloadTimer;
    bool m_loaded = false;
};

} // namespace zenml
