#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>

namespace zenml {

class StoreTableModel;

// Search over a StoreTableModel: keeps the rows whose text contains the search (case-insensitive).
// Sorting is handed to the source model, which sorts its plain data far faster than this proxy
// could through QVariant comparisons; the proxy keeps the source order.
class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    StoreTableModel *storeModel() const { return m_store; }

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Re-runs the filter; subclasses call it when a filter of theirs changes.
    void refilter();

private:
    // Which source rows contain the search, worked out once per keystroke in one tight loop.
    // When the new search extends the old one only the rows that matched before are checked.
    void computeMatches(const QString &previous) const;

    StoreTableModel *m_store = nullptr;
    QString m_search;
    QString m_lowerSearch;
    mutable QBitArray m_matches;
    mutable bool m_matchesValid = false;
};

} // namespace zenml
