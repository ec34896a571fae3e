#include "userlistjob.h"

#include "parsers.h"

namespace zenml::remote {

Status UserListJob::addItem(const QJsonValue &item, const QString &path)
{
    auto row = parse::user(item, path, &m_summaries);
    if (!row)
        return row.error();
    m_rows.add(std::move(row).value());
    return {};
}

void UserListJob::deliverList()
{
    complete(m_rows.rows());
}

void UserListJob::deliverListError(const Error &error)
{
    complete(error);
}

void UserListJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
