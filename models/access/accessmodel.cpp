#include "accessmodel.h"

#include "domain/permission.h"

#include <QHashFunctions>
#include <algorithm>

namespace zenml::access {

namespace {
// Sorts unless the list is strictly in order already (then sorting would change nothing, as
// no two items are equal): the mirror's lists come that way, 100,000 users and more.
template<typename T, typename Less> void sortUnlessSorted(QList<T> &list, Less less)
{
    const auto outOfOrder = std::adjacent_find(
        list.begin(), list.end(), [&less](const T &a, const T &b) { return !less(a, b); });
    if (outOfOrder != list.end())
        std::sort(list.begin(), list.end(), less);
}

template<typename T> void sortByName(QList<T> &list)
{
    sortUnlessSorted(list, [](const T &a, const T &b) { return a.name < b.name; });
}
} // namespace

QString subjectKindKey(SubjectKind kind)
{
    return kind == SubjectKind::User ? QStringLiteral("user") : QStringLiteral("team");
}

size_t qHash(const AssignmentKey &key, size_t seed)
{
    return qHashMulti(seed, int(key.kind), key.subject, key.workspace, key.role);
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
        sortUnlessSorted(t.members, [](const QString &a, const QString &b) { return a < b; });
    sortUnlessSorted(assignments, assignmentLess);
}

} // namespace zenml::access
