#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenml {

// Ids are hyphenated UUID strings without braces; times are UTC.
struct User
{
    QString id;
    QString name;
    QString fullName;
    QString email;
    bool active = true;
    bool emailOptedIn = false;
    bool isServiceAccount = false;
    QDateTime created;
    QDateTime updated;
};

} // namespace zenml

Q_DECLARE_METATYPE(zenml::User)
