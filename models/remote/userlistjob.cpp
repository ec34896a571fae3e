#include "userlistjob.h"

#include "parsers.h"

namespace zenml::remote {

Result<RemoteUser> UserListJob::parseRow(const QJsonValue &item, const QString &path)
{
    return parse::user(item, path, &m_summaries);
}

} // namespace zenml::remote
