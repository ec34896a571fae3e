#include "userjob.h"

#include "parsers.h"

namespace zenml::remote {

void UserJob::handleJson(const QJsonValue &json)
{
    complete(parse::user(json));
}

void UserJob::deliverError(const Error &error)
{
    complete(error);
}

void UserJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
