#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenml {

struct Team
{
    QString id;
    QString name;
    QStringList memberIds;
    QDateTime created;
    QDateTime updated;
};

} // namespace zenml

Q_DECLARE_METATYPE(zenml::Team)
