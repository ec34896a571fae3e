#pragma once

#include "remotejob.h"
#include "remoterow.h"

namespace zenml::remote {

// A call answered by one team: get, create, update.
class TeamJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<RemoteTeam>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<zenml::remote::RemoteTeam> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
