#include "assignmentlistjob.h"

#include "parsers.h"

namespace zenml::remote {

AssignmentListJob::AssignmentListJob(QNetworkAccessManager *network, ServerEndpoint endpoint,
                                     ApiCall call, ListQuery query, SubjectKind kind,
                                     QObject *parent)
    : ListJob(network, std::move(endpoint), std::move(call), std::move(query), parent)
    , m_kind(kind)
{}

Status AssignmentListJob::addItem(const QJsonValue &item, const QString &path)
{
    auto row = parse::assignment(item, m_kind, path, &m_summaries);
    if (!row)
        return row.error();
    m_rows.add(std::move(row).value());
    return {};
}

void AssignmentListJob::deliverList()
{
    complete(m_rows.rows());
}

void AssignmentListJob::deliverListError(const Error &error)
{
    complete(error);
}

void AssignmentListJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
