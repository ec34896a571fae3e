#include "rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zenml::rules {

namespace {
Error invalid(const QString &message)
{
    return Error::make(ErrorKind::Invalid, message);
}
Error forbidden(const QString &message)
{
    return Error::make(ErrorKind::Forbidden, message);
}
} // namespace

Status validateName(EntityKind kind, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && name.size() <= kMaxNameLength && trimmed.size() == name.size())
        return {}; // the usual case, without translating the kind: a file has 100,000 names
    const QString what = entitykind::displayName(kind);
    if (trimmed.isEmpty())
        return invalid(QCoreApplication::translate(
                           "Rules", "The %1 name is empty. Enter a name of 1 to %2 characters.")
                           .arg(what)
                           .arg(kMaxNameLength));
    if (name.size() > kMaxNameLength)
        return invalid(QCoreApplication::translate(
                           "Rules", "The %1 name has %2 characters; the server accepts at most %3. "
                                    "Choose a shorter name.")
                           .arg(what)
                           .arg(name.size())
                           .arg(kMaxNameLength));
    if (name != trimmed)
        return invalid(
            QCoreApplication::translate(
                "Rules", "The %1 name '%2' starts or ends with a space. Remove the space.")
                .arg(what, name));
    return {};
}

Status validatePermissionNames(const QStringList &names)
{
    QStringList unknown;
    permission::fromNames(names, &unknown);
    if (!unknown.isEmpty())
        return invalid(
            QCoreApplication::translate(
                "Rules", "Unknown permission '%1'. A role can only grant read, write and me.")
                .arg(unknown.join(QStringLiteral("', '"))));
    return {};
}

namespace {
// The pattern below for the addresses people have (ASCII letters, digits, ". _ + -" and one @),
// without a regular expression per address: 100,000 of them in an access file.
bool plainEmail(const QString &email)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < email.size(); ++i) {
        const char16_t c = email.at(i).unicode();
        if (c == u'@') {
            if (at >= 0)
                return false;
            at = i;
        } else if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                     (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'+' ||
                     c == u'-')) {
            return false;
        }
    }
    if (at <= 0)
        return false;
    // After the @: a non-empty part, a dot, a non-empty part (the last dot may be any of them).
    const qsizetype dot = email.lastIndexOf(QLatin1Char('.'));
    return dot > at + 1 && dot < email.size() - 1;
}
} // namespace

Status validateEmail(const QString &email)
{
    if (email.isEmpty() || plainEmail(email))
        return {};
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!pattern.match(email).hasMatch())
        return invalid(QCoreApplication::translate(
                           "Rules", "'%1' is not an email address. Use the form name@example.com, "
                                    "or leave the field empty.")
                           .arg(email));
    return {};
}

bool isBuiltinRole(const QString &roleName)
{
    return roleName == kAdminRole || roleName == kGuestRole;
}

bool isDefaultUser(const QString &userName)
{
    return userName == kDefaultUser;
}

bool isDefaultWorkspace(const QString &workspaceName)
{
    return workspaceName == kDefaultWorkspace;
}

Status canModifyRole(const Role &role)
{
    if (isBuiltinRole(role.name))
        return forbidden(QCoreApplication::translate(
                             "Rules", "The role '%1' is built in and cannot be changed. "
                                      "Create a new role with the permissions you need instead.")
                             .arg(role.name));
    return {};
}

Status canDeleteRole(const Role &role, int assignmentCount)
{
    if (isBuiltinRole(role.name))
        return forbidden(
            QCoreApplication::translate("Rules", "The role '%1' is built in and cannot be deleted.")
                .arg(role.name));
    if (assignmentCount > 0)
        return forbidden(QCoreApplication::translate(
                             "Rules",
                             "The role '%1' is still assigned %n time(s). Revoke those assignments "
                             "first, then delete the role.",
                             nullptr, assignmentCount)
                             .arg(role.name));
    return {};
}

Status canRenameUser(const User &user)
{
    if (isDefaultUser(user.name))
        return forbidden(QCoreApplication::translate(
            "Rules", "The default user cannot be renamed; the server depends on its name."));
    return {};
}

Status canDeleteUser(const User &user)
{
    if (isDefaultUser(user.name))
        return forbidden(QCoreApplication::translate(
            "Rules", "The default user cannot be deleted; the server depends on it."));
    return {};
}

Status canRenameWorkspace(const Workspace &workspace)
{
    if (isDefaultWorkspace(workspace.name))
        return forbidden(QCoreApplication::translate(
            "Rules", "The default workspace cannot be renamed; the server depends on its "
                     "name."));
    return {};
}

Status canDeleteWorkspace(const Workspace &workspace)
{
    if (isDefaultWorkspace(workspace.name))
        return forbidden(QCoreApplication::translate(
            "Rules", "The default workspace cannot be deleted; the server depends on it."));
    return {};
}

} // namespace zenml::rules
