#pragma once

#include "remotejob.h"

namespace zenml::remote {

// Any DELETE of the API; the server answers 200 with the body null.
class DeleteJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Status;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Status &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
