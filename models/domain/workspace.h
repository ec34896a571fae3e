#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenml {

struct Workspace
{
    QString id;
    QString name;
    QString description;
    QDateTime created;
    QDateTime updated;
};

} // namespace zenml

Q_DECLARE_METATYPE(zenml::Workspace)
