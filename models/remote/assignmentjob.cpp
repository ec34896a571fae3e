#include "assignmentjob.h"

#include "parsers.h"

namespace zenml::remote {

AssignmentJob::AssignmentJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
                             SubjectKind kind, QObject *parent)
    : RemoteJob(network, std::move(endpoint), std::move(call), parent)
    , m_kind(kind)
{}

void AssignmentJob::handleJson(const QJsonValue &json)
{
    complete(parse::assignment(json, m_kind));
}

void AssignmentJob::deliverError(const Error &error)
{
    complete(error);
}

void AssignmentJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
