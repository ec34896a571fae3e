#include "deletejob.h"

#include "parsers.h"

namespace zenml::remote {

void DeleteJob::handleJson(const QJsonValue &json)
{
    complete(parse::deleted(json));
}

void DeleteJob::deliverError(const Error &error)
{
    complete(error);
}

void DeleteJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
