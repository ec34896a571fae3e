#include "workspacelistjob.h"

#include "parsers.h"

namespace zenml::remote {

Status WorkspaceListJob::addItem(const QJsonValue &item, const QString &path)
{
    auto row = parse::workspace(item, path);
    if (!row)
        return row.error();
    m_rows.add(std::move(row).value());
    return {};
}

void WorkspaceListJob::deliverList()
{
    complete(m_rows.rows());
}

void WorkspaceListJob::deliverListError(const Error &error)
{
    complete(error);
}

void WorkspaceListJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
