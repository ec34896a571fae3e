#pragma once

#include "remotejob.h"
#include "remoterow.h"

namespace zenml::remote {

// A call answered by one user or team role assignment (create, get).
class AssignmentJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<RemoteAssignment>;
    AssignmentJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
                  SubjectKind kind, QObject *parent = nullptr);

    SubjectKind subjectKind() const { return m_kind; }

signals:
    void finished(const zenml::Result<zenml::remote::RemoteAssignment> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);

    SubjectKind m_kind;
};

} // namespace zenml::remote
