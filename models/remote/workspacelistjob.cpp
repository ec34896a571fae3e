#include "workspacelistjob.h"

#include "parsers.h"

namespace zenml::remote {

Result<RemoteWorkspace> WorkspaceListJob::parseRow(const QJsonValue &item, const QString &path)
{
    return parse::workspace(item, path);
}

} // namespace zenml::remote
