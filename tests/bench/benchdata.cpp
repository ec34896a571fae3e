#include "benchdata.h"

#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/transaction.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

#include <QUuid>

namespace zenml::bench {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Status fill(LocalStore &store, const DatasetSize &size)
{
    Transaction tx(store.database());
    if (!tx.begun())
        return tx.begun();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    static const char *const first[] = {"anna", "ben",  "carla", "dev",  "emma", "felix",
                                        "gina", "hugo", "ines",  "jan",  "kira", "lars",
                                        "mia",  "noah", "olga",  "paul", "rosa", "sven"};
    static const char *const last[] = {"meyer",  "schmidt",  "novak",  "rossi",  "dubois",
                                       "larsen", "kowalski", "garcia", "nguyen", "okafor"};
    QStringList userIds;
    userIds.reserve(size.users);
    for (int i = 0; i < size.users; ++i) {
        User u;
        u.id = newId();
        const QString f = QString::fromLatin1(first[i % 18]);
        const QString l = QString::fromLatin1(last[(i / 18) % 10]);
        u.name = QStringLiteral("%1.%2%3").arg(f, l).arg(i);
        u.fullName =
            QStringLiteral("%1 %2").arg(f.at(0).toUpper() + f.mid(1), l.at(0).toUpper() + l.mid(1));
        u.email = QStringLiteral("%1@example.com").arg(u.name);
        u.active = i % 7 != 0;
        u.created = start.addSecs(i * 60);
        u.updated = u.created.addDays(i % 30);
        if (Status s = store.users().insert(u, SyncState::Clean); !s)
            return s;
        userIds << u.id;
    }
    QStringList roleIds;
    const QList<Permissions> sets{Permission::Read, Permission::Read | Permission::Me,
                                  Permission::Read | Permission::Write,
                                  Permission::Read | Permission::Write | Permission::Me};
    for (int i = 0; i < size.roles; ++i) {
        Role r{newId(), QStringLiteral("role-%1").arg(i, 2, 10, QLatin1Char('0')),
               sets[i % sets.size()], start, start};
        if (Status s = store.roles().insert(r, SyncState::Clean); !s)
            return s;
        roleIds << r.id;
    }
    QStringList workspaceIds{QString()}; // global first
    for (int i = 0; i < 3; ++i) {
        Workspace w{newId(), QStringLiteral("workspace-%1").arg(i), {}, start, start};
        if (Status s = store.workspaces().insert(w, SyncState::Clean); !s)
            return s;
        workspaceIds << w.id;
    }
    QStringList teamIds;
    for (int i = 0; i < size.teams; ++i) {
        Team t;
        t.id = newId();
        t.name = QStringLiteral("team-%1").arg(i, 4, 10, QLatin1Char('0'));
        t.created = t.updated = start.addSecs(i);
        for (int m = 0; m < size.membersPerTeam && size.users > 0; ++m)
            t.memberIds << userIds.at((i * size.membersPerTeam + m) % size.users);
        t.memberIds.removeDuplicates();
        if (Status s = store.teams().insert(t, SyncState::Clean); !s)
            return s;
        teamIds << t.id;
    }
    // One team assignment per team, the rest spread over users: each user gets its k-th role in
    // the k-th scope, so no (subject, role, scope) repeats.
    int made = 0;
    for (int i = 0; i < teamIds.size() && made < size.assignments; ++i, ++made) {
        RoleAssignment a{newId(),
                         SubjectKind::Team,
                         teamIds[i],
                         roleIds[i % roleIds.size()],
                         workspaceIds[i % workspaceIds.size()],
                         start,
                         start};
        if (Status s = store.assignments().insert(a, SyncState::Clean); !s)
            return s;
    }
    for (int round = 0; made < size.assignments && round < workspaceIds.size(); ++round) {
        for (int i = 0; i < userIds.size() && made < size.assignments; ++i, ++made) {
            RoleAssignment a{newId(),
                             SubjectKind::User,
                             userIds[i],
                             roleIds[(i + round * 7) % roleIds.size()],
                             workspaceIds[round],
                             start,
                             start};
            if (Status s = store.assignments().insert(a, SyncState::Clean); !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace zenml::bench
