#include "permission.h"

#include <QCoreApplication>

namespace zenml::permission {

const QList<Permission> &all()
{
    static const QList<Permission> list{Permission::Read, Permission::Write, Permission::Me};
    return list;
}

QString name(Permission p)
{
    switch (p) {
    case Permission::Read:
        return QStringLiteral("read");
    case Permission::Write:
        return QStringLiteral("write");
    case Permission::Me:
        return QStringLiteral("me");
    }
    return {};
}

std::optional<Permission> parse(const QString &text)
{
    for (Permission p : all()) {
        if (name(p) == text.trimmed().toLower())
            return p;
    }
    return std::nullopt;
}

QString description(Permission p)
{
    switch (p) {
    case Permission::Read:
        return QCoreApplication::translate("Permission",
                                           "See users, teams, roles, stacks and runs.");
    case Permission::Write:
        return QCoreApplication::translate("Permission",
                                           "Create, change and delete resources, users and roles.");
    case Permission::Me:
        return QCoreApplication::translate("Permission", "Edit your own user account.");
    }
    return {};
}

QStringList names(Permissions set)
{
    QStringList out;
    for (Permission p : all()) {
        if (set.testFlag(p))
            out << name(p);
    }
    return out;
}

Permissions fromNames(const QStringList &list, QStringList *unknown)
{
    Permissions set;
    for (const QString &n : list) {
        if (auto p = parse(n))
            set |= *p;
        else if (unknown)
            unknown->append(n);
    }
    return set;
}

} // namespace zenml::permission
