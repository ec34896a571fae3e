#pragma once

#include "remotejob.h"
#include <QString>

namespace zenml::remote {

// GET /api/v1/version: the bare version string ("0.47.0").
class VersionJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<QString>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<QString> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
