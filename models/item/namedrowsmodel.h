#pragma once

#include "domain/error.h"
#include "itemroles.h"
#include "storetablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <functional>
#include <optional>

namespace zenml {

// What the table models of named rows (roles, workspaces, teams) share: the rows in storage
// order with an optional count each (holders of a role, assignments in a workspace), their ids
// and names, the column titles, the Created and Updated columns and the tie-break by name. A
// model keeps only its own columns and its query.
template<typename Row> class NamedRowsModel : public StoreTableModel
{
public:
    // Titles come from columnTitle().
    NamedRowsModel(AdminService &service, QList<EntityKind> watched, EntityKind kind,
                   int columnCount, int createdColumn, QObject *parent)
        : StoreTableModel(service, std::move(watched), parent)
        , m_kind(kind)
        , m_created(createdColumn)
    {
        setColumns(columnCount);
    }

protected:
    // For load(): keeps `rows`, and with `count` one number per row.
    Result<int> keepRows(Result<QList<Row>> rows,
                         const std::function<Result<int>(const Row &)> &count = {})
    {
        if (!rows)
            return rows.error();
        QList<int> counts;
        if (count) {
            for (const Row &row : std::as_const(*rows)) {
                auto n = count(row);
                if (!n)
                    return n.error();
                counts << *n;
            }
        }
        m_rows = std::move(rows.value());
        m_counts = std::move(counts);
        return int(m_rows.size());
    }

    const Row &storageRow(int index) const { return m_rows.at(index); }
    const Row &viewRow(int row) const { return m_rows.at(storageIndex(row)); }
    int countOf(int index) const { return m_counts.value(index); }
    QString storageId(int index) const override { return m_rows.at(index).id; }
    QString storageName(int index) const override { return m_rows.at(index).name; }

    // The answers every model gives alike: id, name and kind on any column, and the Created
    // and Updated columns (the one after Created). Nothing for what the model answers itself.
    std::optional<QVariant> sharedData(int index, int column, int role) const
    {
        const Row &r = m_rows.at(index);
        switch (role) {
        case itemrole::Id:
            return QVariant(r.id);
        case itemrole::Name:
            return QVariant(r.name);
        case itemrole::Kind:
            return QVariant(int(m_kind));
        case Qt::DisplayRole:
        case itemrole::Raw:
            if (column != m_created && column != m_created + 1)
                return std::nullopt;
            {
                const QDateTime &t = column == m_created ? r.created : r.updated;
                if (role == itemrole::Raw)
                    return QVariant(t);
                return QVariant(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat));
            }
        default:
            return std::nullopt;
        }
    }

    // The order by Created or Updated, and by name (case-insensitive first) for every tie.
    bool sharedLess(int a, int b, int column) const
    {
        const Row &x = m_rows.at(a);
        const Row &y = m_rows.at(b);
        if (column == m_created && x.created != y.created)
            return x.created < y.created;
        if (column == m_created + 1 && x.updated != y.updated)
            return x.updated < y.updated;
        if (int c = x.name.compare(y.name, Qt::CaseInsensitive))
            return c < 0;
        return x.name < y.name;
    }

private:
    EntityKind m_kind;
    int m_created; // the Created column; Updated follows it
    QList<Row> m_rows;
    QList<int> m_counts;
};

} // namespace zenml
