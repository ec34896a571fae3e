#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /users, every page, as one list.
class UserListJob : public ListJob
{
    Q_OBJECT

public:
    using ResultType = Result<QList<RemoteUser>>;
    using ListJob::ListJob;

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteUser>> &result);

protected:
    Status addItem(const QJsonValue &item, const QString &path) override;
    void deliverList() override;
    qsizetype collectedCount() const override { return m_rows.size(); }
    void clearCollected() override { m_rows.clear(); }
    void deliverListError(const Error &error) override;

private:
    void complete(const ResultType &result);

    RowCollector<RemoteUser> m_rows;
};

} // namespace zenml::remote
