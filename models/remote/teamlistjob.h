#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /teams, every page, as one list.
class TeamListJob : public RowListJob<TeamListJob, RemoteTeam>
{
    Q_OBJECT

public:
    using RowListJob::RowListJob;

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteTeam>> &result);

protected:
    Result<RemoteTeam> parseRow(const QJsonValue &item, const QString &path) override;
};

} // namespace zenml::remote
