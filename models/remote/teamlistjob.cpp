#include "teamlistjob.h"

#include "parsers.h"

namespace zenml::remote {

Status TeamListJob::addItem(const QJsonValue &item, const QString &path)
{
    auto row = parse::team(item, path, &m_summaries);
    if (!row)
        return row.error();
    m_rows.add(std::move(row).value());
    return {};
}

void TeamListJob::deliverList()
{
    complete(m_rows.rows());
}

void TeamListJob::deliverListError(const Error &error)
{
    complete(error);
}

void TeamListJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
