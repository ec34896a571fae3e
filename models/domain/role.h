#pragma once

#include "permission.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenml {

struct Role
{
    QString id;
    QString name;
    Permissions permissions;
    QDateTime created;
    QDateTime updated;
};

} // namespace zenml

Q_DECLARE_METATYPE(zenml::Role)
