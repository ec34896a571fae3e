#include "versionjob.h"

#include "parsers.h"

namespace zenml::remote {

void VersionJob::handleJson(const QJsonValue &json)
{
    complete(parse::version(json));
}

void VersionJob::deliverError(const Error &error)
{
    complete(error);
}

void VersionJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
