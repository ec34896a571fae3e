#include "teamlistjob.h"

#include "parsers.h"

namespace zenml::remote {

Result<RemoteTeam> TeamListJob::parseRow(const QJsonValue &item, const QString &path)
{
    return parse::team(item, path, &m_summaries);
}

} // namespace zenml::remote
