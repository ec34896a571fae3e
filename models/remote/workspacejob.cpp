#include "workspacejob.h"

#include "parsers.h"

namespace zenml::remote {

void WorkspaceJob::handleJson(const QJsonValue &json)
{
    complete(parse::workspace(json));
}

void WorkspaceJob::deliverError(const Error &error)
{
    complete(error);
}

void WorkspaceJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
