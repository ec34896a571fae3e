#pragma once

#include "remotejob.h"
#include "remoterow.h"

namespace zenml::remote {

// A call answered by one role: get, create, update.
class RoleJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<RemoteRole>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<zenml::remote::RemoteRole> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
