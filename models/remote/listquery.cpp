#include "listquery.h"

#include <QTimeZone>

namespace zenml::remote {

ListQuery &ListQuery::where(const QString &field, const QString &value)
{
    m_filters.append({field, value});
    return *this;
}

ListQuery &ListQuery::updatedSince(const QDateTime &time)
{
    return where(QStringLiteral("updated"), QStringLiteral("gte:") + filterTime(time));
}

ListQuery &ListQuery::createdSince(const QDateTime &time)
{
    return where(QStringLiteral("created"), QStringLiteral("gte:") + filterTime(time));
}

ListQuery &ListQuery::sortBy(const QString &sort)
{
    m_sort = sort;
    return *this;
}

ListQuery &ListQuery::pageSize(int size)
{
    m_size = qBound(1, size, kMaxPageSize);
    return *this;
}

QList<QPair<QString, QString>> ListQuery::forPage(int page) const
{
    QList<QPair<QString, QString>> out = m_filters;
    if (!m_sort.isEmpty())
        out.append({QStringLiteral("sort_by"), m_sort});
    out.append({QStringLiteral("page"), QString::number(page)});
    out.append({QStringLiteral("size"), QString::number(m_size)});
    return out;
}

QString ListQuery::filterTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace zenml::remote
