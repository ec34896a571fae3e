#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace zenml::remote {

// Filters and sort order of a list request. The list jobs add `page` and `size` themselves and
// fetch every page. Values use ZenML's operator prefixes: where("name", "contains:al").
class ListQuery
{
public:
    static constexpr int kMaxPageSize = 1000;

    ListQuery &where(const QString &field, const QString &value);
    ListQuery &updatedSince(const QDateTime &time); // updated=gte:YYYY-MM-DD HH:MM:SS (UTC)
    ListQuery &createdSince(const QDateTime &time);
    ListQuery &sortBy(const QString &sort); // "created", "asc:updated", "desc:name"
    ListQuery &pageSize(int size);          // clamped to 1..kMaxPageSize

    const QList<QPair<QString, QString>> &filters() const { return m_filters; }
    QString sort() const { return m_sort; }
    int size() const { return m_size; }

    // The query pairs for one page (filters, sort_by, page, size).
    QList<QPair<QString, QString>> forPage(int page) const;

    // ZenML's datetime filter format (one-second granularity, no 'T', no zone).
    static QString filterTime(const QDateTime &time);

private:
    QList<QPair<QString, QString>> m_filters;
    // A stable order keeps rows from moving between pages while the list is fetched.
    QString m_sort = QStringLiteral("created");
    int m_size = kMaxPageSize;
};

} // namespace zenml::remote
