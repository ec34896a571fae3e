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

namespace {
// The context and texts lupdate records; description() looks them up at run time.
const char *const kContext = "Permission";

const char *sourceText(Permission p)
{
    switch (p) {
    case Permission::Read:
        return QT_TRANSLATE_NOOP("Permission", "See users, teams, roles, stacks and runs.");
    case Permission::Write:
        return QT_TRANSLATE_NOOP("Permission",
                                 "Create, change and delete resources, users and roles.");
    case Permission::Me:
        return QT_TRANSLATE_NOOP("Permission", "Edit your own user account.");
    }
    return "";
}
} // namespace

QString description(Permission p)
{
    return QCoreApplication::translate(kContext, sourceText(p));
}

QString sourceDescription(Permission p)
{
    return QString::fromUtf8(sourceText(p));
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
