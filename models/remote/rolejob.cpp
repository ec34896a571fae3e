#include "rolejob.h"

#include "parsers.h"

namespace zenml::remote {

void RoleJob::handleJson(const QJsonValue &json)
{
    complete(parse::role(json));
}

void RoleJob::deliverError(const Error &error)
{
    complete(error);
}

void RoleJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
