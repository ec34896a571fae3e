#pragma once

#include "listjob.h"
#include "remoterow.h"

namespace zenml::remote {

// GET /users, every page, as one list.
class UserListJob : public RowListJob<UserListJob, RemoteUser>
{
    Q_OBJECT

public:
    using RowListJob::RowListJob;

signals:
    void finished(const zenml::Result<QList<zenml::remote::RemoteUser>> &result);

protected:
    Result<RemoteUser> parseRow(const QJsonValue &item, const QString &path) override;
};

} // namespace zenml::remote
