#include "rolelistjob.h"

#include "parsers.h"

namespace zenml::remote {

Status RoleListJob::addItem(const QJsonValue &item, const QString &path)
{
    auto row = parse::role(item, path);
    if (!row)
        return row.error();
    m_rows.add(std::move(row).value());
    return {};
}

void RoleListJob::deliverList()
{
    complete(m_rows.rows());
}

void RoleListJob::deliverListError(const Error &error)
{
    complete(error);
}

void RoleListJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
