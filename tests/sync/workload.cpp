#include "workload.h"

#include "service/adminservice.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace zenml::test {

namespace {
QString userName(int i)
{
    return QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

Status queueWorkload(AdminService &s, int users)
{
    if (auto r = s.createRole(QStringLiteral("w-ops"), Permission::Read | Permission::Write); !r)
        return r.error();
    if (auto r = s.createRole(QStringLiteral("w-view"), Permission::Read); !r)
        return r.error();
    for (int i = 0; i < users; ++i) {
        UserDraft d{userName(i), QStringLiteral("User %1").arg(i), {}, std::nullopt, {}};
        if (i % 2 == 0)
            d.roles << QStringLiteral("w-view");
        if (auto r = s.createUser(d); !r)
            return r.error();
    }
    if (auto r = s.createTeam(QStringLiteral("w-team"), {userName(0), userName(1)}); !r)
        return r.error();
    if (auto r = s.addTeamMembers(QStringLiteral("w-team"), {userName(2), userName(3)}); !r)
        return r.error();
    if (auto r = s.assignRole({QStringLiteral("w-ops"), {}, {QStringLiteral("w-team")}, {}}); !r)
        return r.error();
    for (int i = 0; i < users; i += 3) {
        UserChanges c;
        c.fullName = QStringLiteral("Renamed %1").arg(i);
        if (auto r = s.updateUser(userName(i), c); !r)
            return r.error();
    }
    if (auto r = s.assignRole({QStringLiteral("w-ops"), {userName(1), userName(3)}, {}, {}}); !r)
        return r.error();
    if (Status r = s.deleteUsers({userName(users - 1)}); !r)
        return r;
    return {};
}

QString checkWorkload(const TestServer &server, int users, bool seeded)
{
    QStringList problems;
    QMap<QString, QString> fullNames;
    for (const QJsonValue &u : server.users()) {
        const QString name = u.toObject().value("name").toString();
        if (seeded && name.startsWith(QLatin1String("user")))
            continue;
        fullNames.insert(name, u.toObject().value("full_name").toString());
    }
    for (int i = 0; i < users; ++i) {
        const QString name = userName(i);
        const bool wanted = i != users - 1;
        if (fullNames.contains(name) != wanted)
            problems << QStringLiteral("user %1 %2").arg(name, wanted ? "missing" : "not deleted");
        const QString full =
            i % 3 == 0 ? QStringLiteral("Renamed %1").arg(i) : QStringLiteral("User %1").arg(i);
        if (wanted && fullNames.value(name) != full)
            problems << QStringLiteral("user %1 full name '%2'").arg(name, fullNames.value(name));
    }
    if (fullNames.size() != users) // the workload's users less the deleted one, plus default
        problems << QStringLiteral("%1 users on the server").arg(fullNames.size());
    QMap<QString, int> roleCount;
    for (const QJsonValue &r : server.roles())
        roleCount[r.toObject().value("name").toString()]++;
    if (roleCount.value("w-ops") != 1 || roleCount.value("w-view") != 1 || roleCount.size() != 4)
        problems << QStringLiteral("roles %1").arg(QStringList(roleCount.keys()).join(','));
    QMap<QString, int> assignments; // "user/role" → count
    for (const QJsonValue &a : server.roleAssignments()) {
        const QJsonObject o = a.toObject();
        assignments[o.value("user").toObject().value("name").toString() + '/' +
                    o.value("role").toObject().value("name").toString()]++;
    }
    int expected = 1; // default/admin
    for (int i = 0; i < users - 1; ++i) {
        if (i % 2 == 0) {
            ++expected;
            if (assignments.value(userName(i) + "/w-view") != 1)
                problems << QStringLiteral("%1/w-view x%2")
                                .arg(userName(i))
                                .arg(assignments.value(userName(i) + "/w-view"));
        }
    }
    for (int i : {1, 3}) {
        ++expected;
        if (assignments.value(userName(i) + "/w-ops") != 1)
            problems << QStringLiteral("%1/w-ops missing or twice").arg(userName(i));
    }
    int total = 0;
    for (int n : std::as_const(assignments))
        total += n;
    if (total != expected)
        problems
            << QStringLiteral("%1 user role assignments, expected %2").arg(total).arg(expected);
    const QJsonArray teams = server.teams();
    if (teams.size() != 1)
        problems << QStringLiteral("%1 teams").arg(teams.size());
    else if (teams.at(0).toObject().value("users").toArray().size() != 4)
        problems << QStringLiteral("team has %1 members")
                        .arg(teams.at(0).toObject().value("users").toArray().size());
    if (server.teamRoleAssignments().size() != 1)
        problems
            << QStringLiteral("%1 team role assignments").arg(server.teamRoleAssignments().size());
    return problems.mid(0, 12).join(QStringLiteral("; "));
}

} // namespace zenml::test
