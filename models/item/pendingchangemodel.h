#pragma once

#include "service/outboxservice.h"

#include <QAbstractItemModel>

namespace zenml {

// The Pending changes page's model: one row per queued change (number, what it does in words,
// its row, status, attempts, last error), each with one child row that holds the exact request
// it will send. itemrole::Id is the operation's number on every column; itemrole::Raw of the
// Change column is the operation's key (update_user), of the Status column its OutboxStatus.
class PendingChangeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Number, Change, Row, Status, Attempts, LastError, ColumnCount };

    explicit PendingChangeModel(OutboxService &outbox, QObject *parent = nullptr);

    // Reads the queue again; an error to read it becomes the model's error().
    void refresh();
    QString error() const { return m_error; }
    const PendingChange *changeAt(int row) const;
    int rowOf(qint64 operationId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant changeData(const PendingChange &change, int column, int role) const;

    OutboxService &m_outbox;
    QList<PendingChange> m_changes;
    QString m_error;
};

} // namespace zenml
