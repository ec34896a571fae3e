#include "loginjob.h"

#include "parsers.h"

namespace zenml::remote {

void LoginJob::handleJson(const QJsonValue &json)
{
    complete(parse::login(json));
}

void LoginJob::deliverError(const Error &error)
{
    complete(error);
}

void LoginJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
