#include "assignmentlistjob.h"

#include "parsers.h"

namespace zenml::remote {

AssignmentListJob::AssignmentListJob(QNetworkAccessManager *network, ServerEndpoint endpoint,
                                     ApiCall call, ListQuery query, SubjectKind kind,
                                     QObject *parent)
    : RowListJob(network, std::move(endpoint), std::move(call), std::move(query), parent)
    , m_kind(kind)
{}

Result<RemoteAssignment> AssignmentListJob::parseRow(const QJsonValue &item, const QString &path)
{
    return parse::assignment(item, m_kind, path, &m_summaries);
}

} // namespace zenml::remote
