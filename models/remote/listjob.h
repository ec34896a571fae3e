#pragma once

#include "domain/error.h"
#include "listquery.h"
#include "remotejob.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace zenml::remote {

// Fetches every page of a list route (page 1, 2, ... up to total_pages) and lets the subclass
// collect the items; the subclass emits one finished() with the combined list. Progress is
// reported per page for progress bars.
//
// The server pages by offset, so a row deleted or moved (sort by updated) while the pages are
// read shifts its neighbours and one of them would be skipped. A listing whose pages report
// different totals, that ends with a different number of distinct rows than `total`, or that
// runs past the last page (400), is therefore read again from page 1, up to kMaxRestarts times;
// after that the job fails with a transient (Server) error rather than deliver an incomplete list a
// sync could take for deletions.
class ListJob : public RemoteJob
{
    Q_OBJECT

public:
    ListJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call, ListQuery query,
            QObject *parent = nullptr);

    static constexpr int kMaxRestarts = 2;

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
    // Distinct rows collected so far, and forgetting them for a fresh pass.
    virtual qsizetype collectedCount() const = 0;
    virtual void clearCollected() = 0;

    void deliverError(const Error &error) final;
    // The subclass's finished(error).
    virtual void deliverListError(const Error &error) = 0;

    // Nested rows checked in full so far (see JsonReader::seenBefore); kept across pages.
    QSet<QString> m_summaries;

private:
    void requestPage(int page);
    bool restart();
    void failChanging();

    ListQuery m_query;
    int m_page = 0;
    int m_restarts = 0;
    qint64 m_firstTotal = 0;
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
    qsizetype size() const { return m_rows.size(); }
    void clear()
    {
        m_rows.clear();
        m_index.clear();
    }

private:
    QList<Row> m_rows;
    QHash<QString, qsizetype> m_index;
};

// The typed half of a list job: parses each item with the subclass's parseRow, collects the rows
// and emits the subclass's finished(Result<QList<Row>>) once. Job is that subclass: it declares
// the signal (a Q_OBJECT class cannot be a template), so a subclass holds only its parser (and
// the route comes from RemoteApi).
template<typename Job, typename Row> class RowListJob : public ListJob
{
public:
    using ResultType = Result<QList<Row>>;
    using ListJob::ListJob;

protected:
    // Parses one item; `path` names it for error messages. May use m_summaries.
    virtual Result<Row> parseRow(const QJsonValue &item, const QString &path) = 0;

    Status addItem(const QJsonValue &item, const QString &path) final
    {
        auto row = parseRow(item, path);
        if (!row)
            return row.error();
        m_rows.add(std::move(row).value());
        return {};
    }
    void deliverList() final { complete(m_rows.rows()); }
    qsizetype collectedCount() const final { return m_rows.size(); }
    void clearCollected() final { m_rows.clear(); }
    void deliverListError(const Error &error) final { complete(error); }

private:
    void complete(const ResultType &result)
    {
        if (claimCompletion())
            emit static_cast<Job *>(this)->finished(result);
    }

    RowCollector<Row> m_rows;
};

} // namespace zenml::remote
