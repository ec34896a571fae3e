#include "rolelistjob.h"

#include "parsers.h"

namespace zenml::remote {

Result<RemoteRole> RoleListJob::parseRow(const QJsonValue &item, const QString &path)
{
    return parse::role(item, path);
}

} // namespace zenml::remote
