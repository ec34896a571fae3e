#pragma once

#include "domain/error.h"
#include "listquery.h"
#include "remotejob.h"

#include <QHash>
#include <QList>

namespace zenml::remote {

// Fetches every page of a list route (page 1, 2, ... up to total_pages) and lets the subclass
// collect the items; the subclass emits one finished() with the combined list. Progress is
// reported per page for progress bars.
class ListJob : public RemoteJob
{
    Q_OBJECT

public:
    ListJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call, ListQuery query,
            QObject *parent = nullptr);

    const ListQuery &query() const { return m_query; }

signals:
    // After each page: `page` of `pageCount` pages received (1-based).
    void progress(int page, int pageCount);

protected:
    void begin() override;
    void handleJson(const QJsonValue &json) override;

    // Parses one item; `path` names it for error messages ("items[1003]", counted across pages).
    virtual Status addItem(const QJsonValue &item, const QString &path) = 0;
    // All pages are in: emit finished() with the collected rows.
    virtual void deliverList() = 0;

private:
    void requestPage(int page);

    ListQuery m_query;
    int m_page = 0;
};

// Keeps rows in arrival order, replacing a row seen twice (it moved between pages while they
// were fetched) with the later copy.
template<typename Row> class RowCollector
{
public:
    void add(Row row)
    {
        const QString id = row.value.id;
        if (const auto it = m_index.constFind(id); it != m_index.constEnd()) {
            m_rows[*it] = std::move(row);
            return;
        }
        m_index.insert(id, m_rows.size());
        m_rows.append(std::move(row));
    }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    QHash<QString, qsizetype> m_index;
};

} // namespace zenml::remote
