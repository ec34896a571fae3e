#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /role_assignments or /team_role_assignments, every page, as one list.
class AssignmentListJob : public RowListJob<AssignmentListJob, RemoteAssignment>
{
    Q_OBJECT

public:
    AssignmentListJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
                      ListQuery query, SubjectKind kind, QObject *parent = nullptr);

    SubjectKind subjectKind() const { return m_kind; }

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteAssignment>> &result);

protected:
    Result<RemoteAssignment> parseRow(const QJsonValue &item, const QString &path) override;

private:
    SubjectKind m_kind;
};

} // namespace zenml::remote
