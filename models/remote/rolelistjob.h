#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /roles, every page, as one list.
class RoleListJob : public RowListJob<RoleListJob, RemoteRole>
{
    Q_OBJECT

public:
    using RowListJob::RowListJob;

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteRole>> &result);

protected:
    Result<RemoteRole> parseRow(const QJsonValue &item, const QString &path) override;
};

} // namespace zenml::remote
