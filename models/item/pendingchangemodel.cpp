#include "pendingchangemodel.h"

#include "itemroles.h"

#include <QFontDatabase>

namespace zenml {

// A change's row has internal id 0; its request row the change's row + 1.
PendingChangeModel::PendingChangeModel(OutboxService &outbox, QObject *parent)
    : QAbstractItemModel(parent)
    , m_outbox(outbox)
{
    refresh();
}

void PendingChangeModel::refresh()
{
    beginResetModel();
    auto changes = m_outbox.pending();
    m_changes = changes ? *changes : QList<PendingChange>();
    m_error = changes ? QString() : changes.error().message;
    endResetModel();
}

const PendingChange *PendingChangeModel::changeAt(int row) const
{
    return row >= 0 && row < m_changes.size() ? &m_changes.at(row) : nullptr;
}

int PendingChangeModel::rowOf(qint64 operationId) const
{
    for (int row = 0; row < m_changes.size(); ++row) {
        if (m_changes.at(row).operation.id == operationId)
            return row;
    }
    return -1;
}

QModelIndex PendingChangeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row >= 0 && row < m_changes.size() ? createIndex(row, column, quintptr(0))
                                                  : QModelIndex();
    if (parent.internalId() != 0 || row != 0 || parent.row() >= m_changes.size())
        return {};
    return createIndex(0, column, quintptr(parent.row() + 1));
}

QModelIndex PendingChangeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PendingChangeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_changes.size());
    return parent.internalId() == 0 && parent.column() == 0 ? 1 : 0;
}

int PendingChangeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PendingChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return changeData(m_changes.at(index.row()), index.column(), role);
    const PendingChange &change = m_changes.at(int(index.internalId() - 1));
    if (role == itemrole::Id)
        return change.operation.id;
    if (index.column() != Change)
        return {};
    if (role == Qt::DisplayRole)
        return change.request;
    if (role == Qt::FontRole)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant PendingChangeModel::changeData(const PendingChange &change, int column, int role) const
{
    const OutboxOperation &op = change.operation;
    if (role == itemrole::Id)
        return op.id;
    if (role == itemrole::Name)
        return change.row;
    if (role == itemrole::Kind)
        return int(op.entityKind);
    if (role == itemrole::Raw) {
        switch (column) {
        case Number:
            return op.id;
        case Change:
            return op.operation;
        case Row:
            return op.entityId;
        case Status:
            return int(op.status);
        case Attempts:
            return op.attempts;
        case LastError:
            return op.lastError;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Row)
            return op.entityId;
        if (column == LastError)
            return change.lastError;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Number:
        return QString::number(op.id);
    case Change:
        return change.change;
    case Row:
        return change.row;
    case Status:
        return OutboxService::statusText(op.status);
    case Attempts:
        return QString::number(op.attempts);
    case LastError:
        return change.lastError;
    }
    return {};
}

QVariant PendingChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Change:
        return tr("Change");
    case Row:
        return tr("Row");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    }
    return {};
}

Qt::ItemFlags PendingChangeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A request row is read, not selected: the selection is of changes.
    return index.internalId() == 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

} // namespace zenml
