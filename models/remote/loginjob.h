#pragma once

#include "loginresult.h"
#include "remotejob.h"

namespace zenml::remote {

// POST /api/v1/login (form-encoded). The result carries the token and its decoded claims.
class LoginJob : public RemoteJob
{
    Q_OBJECT

public:
    using ResultType = Result<LoginResult>;
    using RemoteJob::RemoteJob;

signals:
    void finished(const zenml::Result<zenml::remote::LoginResult> &result);

protected:
    void handleJson(const QJsonValue &json) override;
    void deliverError(const Error &error) override;

private:
    void complete(const ResultType &result);
};

} // namespace zenml::remote
