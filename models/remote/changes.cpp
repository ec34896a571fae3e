#include "rolechanges.h"
#include "teamchanges.h"
#include "userchanges.h"
#include "workspacechanges.h"

#include <QJsonArray>

namespace zenml::remote {

namespace {

template<typename T> void put(QJsonObject &obj, const char *key, const std::optional<T> &value)
{
    if (value)
        obj.insert(QLatin1String(key), *value);
}

} // namespace

bool UserChanges::isEmpty() const
{
    return !name && !fullName && !email && !password && !active && !emailOptedIn;
}

QJsonObject UserChanges::toJson() const
{
    QJsonObject obj;
    put(obj, "name", name);
    put(obj, "full_name", fullName);
    put(obj, "email", email);
    put(obj, "password", password);
    put(obj, "active", active);
    put(obj, "email_opted_in", emailOptedIn);
    return obj;
}

bool TeamChanges::isEmpty() const
{
    return !name && !memberIds;
}

QJsonObject TeamChanges::toJson() const
{
    QJsonObject obj;
    put(obj, "name", name);
    if (memberIds)
        obj.insert(QLatin1String("users"), QJsonArray::fromStringList(*memberIds));
    return obj;
}

bool RoleChanges::isEmpty() const
{
    return !name && !permissions;
}

QJsonObject RoleChanges::toJson() const
{
    QJsonObject obj;
    put(obj, "name", name);
    if (permissions)
        obj.insert(QLatin1String("permissions"),
                   QJsonArray::fromStringList(permission::names(*permissions)));
    return obj;
}

bool WorkspaceChanges::isEmpty() const
{
    return !name && !description;
}

QJsonObject WorkspaceChanges::toJson() const
{
    QJsonObject obj;
    put(obj, "name", name);
    put(obj, "description", description);
    return obj;
}

} // namespace zenml::remote
