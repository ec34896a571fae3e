#include "teamjob.h"

#include "parsers.h"

namespace zenml::remote {

void TeamJob::handleJson(const QJsonValue &json)
{
    complete(parse::team(json));
}

void TeamJob::deliverError(const Error &error)
{
    complete(error);
}

void TeamJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
