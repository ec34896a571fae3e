#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /teams, every page, as one list.
class TeamListJob : public ListJob
{
    Q_OBJECT

public:
    using ResultType = Result<QList<RemoteTeam>>;
    using ListJob::ListJob;

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteTeam>> &result);

protected:
    Status addItem(const QJsonValue &item, const QString &path) override;
    void deliverList() override;
    qsizetype collectedCount() const override { return m_rows.size(); }
    void clearCollected() override { m_rows.clear(); }
    void deliverListError(const Error &error) override;

private:
    void complete(const ResultType &result);

    RowCollector<RemoteTeam> m_rows;
};

} // namespace zenml::remote
