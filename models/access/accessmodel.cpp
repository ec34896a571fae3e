#include "accessmodel.h"

#include "domain/permission.h"

#include <algorithm>

namespace zenml::access {

namespace {
template<typename T> void sortByName(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.name < b.name; });
}
} // namespace

QString subjectKindKey(SubjectKind kind)
{
    return kind == SubjectKind::User ? QStringLiteral("user") : QStringLiteral("team");
}

bool assignmentLess(const AssignmentEntry &a, const AssignmentEntry &b)
{
    if (a.subjectKind != b.subjectKind)
        return a.subjectKind == SubjectKind::User;
    if (a.subject != b.subject)
        return a.subject < b.subject;
    if (a.workspace != b.workspace)
        return a.workspace < b.workspace;
    return a.role < b.role;
}

void AccessModel::normalize()
{
    sortByName(workspaces);
    sortByName(roles);
    sortByName(users);
    sortByName(teams);
    for (RoleEntry &r : roles) {
        QStringList unknown;
        const Permissions set = permission::fromNames(r.permissions, &unknown);
        if (unknown.isEmpty())
            r.permissions = permission::names(set);
    }
    for (TeamEntry &t : teams)
        t.members.sort();
    std::sort(assignments.begin(), assignments.end(), assignmentLess);
}

} // namespace zenml::access
