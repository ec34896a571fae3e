#pragma once

#include "remotejob.h"
#include "remoterow.h"

namespace zenml::remote {

// A call answered by one workspace: get, create, update.
class WorkspaceJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<RemoteWorkspace>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<zenml::remote::RemoteWorkspace> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
