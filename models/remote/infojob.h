#pragma once

#include "remotejob.h"
#include "serverinfo.h"

#include <QCoreApplication>

namespace zenml::remote {

// GET /api/v1/info (no token needed): what kind of server this is. A server without that route
// (404) is reported as Unsupported ("is this a ZenML server?"). Check the version afterwards with
// compatibility::check().
class InfoJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<ServerInfo>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<zenml::remote::ServerInfo> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
