#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /role_assignments or /team_role_assignments, every page, as one list.
class AssignmentListJob : public ListJob
{
    Q_OBJECT

public:
    using ResultType = Result<QList<RemoteAssignment>>;
    AssignmentListJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
                      ListQuery query, SubjectKind kind, QObject *parent = nullptr);

    SubjectKind subjectKind() const { return m_kind; }

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteAssignment>> &result);

protected:
    Status addItem(const QJsonValue &item, const QString &path) override;
    void deliverList() override;
    qsizetype collectedCount() const override { return m_rows.size(); }
    void clearCollected() override { m_rows.clear(); }
    void deliverListError(const Error &error) override;

private:
    void complete(const ResultType &result);

    SubjectKind m_kind;
    RowCollector<RemoteAssignment> m_rows;
};

} // namespace zenml::remote
