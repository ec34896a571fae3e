#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /workspaces, every page, as one list.
class WorkspaceListJob : public RowListJob<WorkspaceListJob, RemoteWorkspace>
{
    Q_OBJECT

public:
    using RowListJob::RowListJob;

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteWorkspace>> &result);

protected:
    Result<RemoteWorkspace> parseRow(const QJsonValue &item, const QString &path) override;
};

} // namespace zenml::remote
