#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace zenml::test {

// Rows in creation order with an index by id (and by name, for rows that have one).
template<typename Row> class Table
{
public:
    const QList<Row> &rows() const { return m_rows; }
    qsizetype size() const { return m_rows.size(); }

    // Pointers are valid until the next insert or removal.
    Row *find(const QString &id)
    {
        const auto it = m_byId.constFind(id);
        return it == m_byId.constEnd() ? nullptr : &m_rows[*it];
    }
    const Row *find(const QString &id) const
    {
        const auto it = m_byId.constFind(id);
        return it == m_byId.constEnd() ? nullptr : &m_rows.at(*it);
    }
    const Row *findByName(const QString &name) const
    {
        const auto it = m_byName.constFind(name);
        return it == m_byName.constEnd() ? nullptr : &m_rows.at(*it);
    }
    Row *findByName(const QString &name)
    {
        const auto it = m_byName.constFind(name);
        return it == m_byName.constEnd() ? nullptr : &m_rows[*it];
    }

    void insert(const Row &row)
    {
        m_byId.insert(row.id, m_rows.size());
        if constexpr (requires { row.name; })
            m_byName.insert(row.name, m_rows.size());
        m_rows.append(row);
    }
    template<typename Pred> int removeIf(Pred pred)
    {
        const auto removed = m_rows.removeIf(pred);
        if (removed > 0)
            reindex();
        return int(removed);
    }
    bool remove(QString id) // by value: callers often pass a field of the row being removed
    {
        return removeIf([&id](const Row &row) { return row.id == id; }) > 0;
    }
    // Call after changing a name in place; names are unique per table except on 0.43 users.
    void reindex()
    {
        m_byId.clear();
        m_byName.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            m_byId.insert(m_rows.at(i).id, i);
            if constexpr (requires { m_rows.at(i).name; }) {
                if (!m_byName.contains(m_rows.at(i).name))
                    m_byName.insert(m_rows.at(i).name, i);
            }
        }
    }
    void clear()
    {
        m_rows.clear();
        m_byId.clear();
        m_byName.clear();
    }
    QList<Row> &mutableRows() { return m_rows; }

private:
    QList<Row> m_rows;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byName;
};

} // namespace zenml::test
