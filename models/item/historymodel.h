#pragma once

#include "store/historytable.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace zenml {

class AdminService;

// The History page's rows: the profile's history over SQL, newest first, read a batch at a time
// as the view scrolls (canFetchMore/fetchMore), so 100,000 entries cost one page to show.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Verb, Entity, Fields, Outcome, ColumnCount };
    static constexpr int kBatch = 200;

    explicit HistoryModel(AdminService &service, QObject *parent = nullptr);

    // Narrows the rows and reads the first batch again.
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    // Reads the first batch again (a model reset); the filter stays.
    Status reload();
    // Reloads on the next turn of the event loop; several edits in a row reload once.
    void scheduleReload();

    const HistoryEntry *entryAt(int row) const;
    // The choices of the Who and Kind filters: every signer and verb in the history.
    QStringList actors() const;
    QStringList verbs() const;

    // The words a person reads for a verb ("update_user" → "Update user"), the fields
    // ("email: a → b; password changed") and the outcome ("sent (HTTP 200)").
    static QString verbText(const QString &verb);
    static QString actorText(const QString &actor); // "local" and "server" in words
    static QString fieldsText(const QJsonObject &fields);
    static QString outcomeText(const HistoryEntry &entry);
    // "undone 14:02 by #15" when the admin undid the entry's edit in the app; else empty.
    static QString undoneText(const HistoryEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    Result<QList<HistoryEntry>> nextBatch() const;
    static QString withUndone(const QString &outcome, const HistoryEntry &entry);

    AdminService &m_service;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    bool m_atEnd = true;
    QTimer m_reloadTimer;
};

} // namespace zenml
