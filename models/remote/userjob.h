#pragma once

#include "remotejob.h"
#include "remoterow.h"

namespace zenml::remote {

// A call answered by one user: get, current user, create, update, activate, deactivate.
class UserJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<RemoteUser>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<zenml::remote::RemoteUser> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
