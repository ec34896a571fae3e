#include "serverstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>
#include <chrono>

namespace zenml::test {

ServerState::ServerState()
    : m_random(QRandomGenerator64::securelySeeded())
{
    m_serverId = newId();
    rotateJwtSecret();
    reset();
}

void ServerState::rotateJwtSecret()
{
    // Independent of the id seed: a seeded replay must not make tokens predictable across servers.
    QByteArray secret(32, Qt::Uninitialized);
    for (char &c : secret)
        c = char(QRandomGenerator::global()->generate() & 0xff);
    m_jwtSecret = secret;
}

bool ServerState::atLeast(int minor) const
{
    return m_version.section('.', 1, 1).toInt() >= minor ||
           m_version.section('.', 0, 0).toInt() > 0;
}

void ServerState::setDefaultPassword(const QString &password)
{
    m_defaultPassword = password;
    if (UserRecord *user = m_users.findByName("default"))
        user->passwordHash = hashPassword(password);
}

void ServerState::setIdSeed(quint64 seed)
{
    m_random.seed(seed);
}

void ServerState::reset()
{
    m_users.clear();
    m_teams.clear();
    m_roles.clear();
    m_workspaces.clear();
    m_userAssignments.clear();
    m_teamAssignments.clear();

    const qint64 t0 = now();
    m_roles.insert(RoleRecord{newId(), t0, t0, "admin", {"write", "me", "read"}});
    const qint64 t1 = now();
    m_roles.insert(RoleRecord{newId(), t1, t1, "guest", {"me", "read"}});
    const qint64 t2 = now();
    m_workspaces.insert(WorkspaceRecord{newId(), t2, t2, "default", ""});
    UserRecord user;
    user.id = newId();
    user.created = user.updated = now();
    user.name = "default";
    user.active = true;
    user.hasPassword = true;
    user.passwordHash = hashPassword(m_defaultPassword);
    m_users.insert(user);
    const qint64 t3 = now();
    m_userAssignments.insert(
        AssignmentRecord{newId(), t3, t3, user.id, m_roles.rows().at(0).id, {}});
}

void ServerState::seed(int users, int teams, int roles, int userAssignments)
{
    // One hash for every seeded user: hashing 10k passwords one by one is what makes seeding slow.
    const QByteArray passwordHash = hashPassword("password");
    const qsizetype firstUser = m_users.size();
    for (int i = 1; i <= users; ++i) {
        UserRecord user;
        user.id = newId();
        user.created = user.updated = now();
        user.name = QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
        user.fullName = QStringLiteral("Seeded User %1").arg(i);
        user.email = QStringLiteral("user%1@example.com").arg(i);
        user.active = true;
        user.hasPassword = true;
        user.passwordHash = passwordHash;
        m_users.insert(user);
    }
    const qsizetype seededUsers = m_users.size() - firstUser;
    for (int i = 1; i <= teams; ++i) {
        TeamRecord team;
        team.id = newId();
        team.created = team.updated = now();
        team.name = QStringLiteral("team%1").arg(i, 4, 10, QLatin1Char('0'));
        for (qsizetype k = 0; k < 5 && seededUsers > 0; ++k)
            team.members.append(m_users.rows().at(firstUser + (i * 7 + k) % seededUsers).id);
        team.members.removeDuplicates();
        m_teams.insert(team);
    }
    const QStringList permissionSets[] = {
        {"read"}, {"read", "me"}, {"write", "read"}, {"write", "me", "read"}};
    const qsizetype firstRole = m_roles.size();
    for (int i = 1; i <= roles; ++i) {
        const qint64 t = now();
        m_roles.insert(RoleRecord{newId(), t, t,
                                  QStringLiteral("role%1").arg(i, 4, 10, QLatin1Char('0')),
                                  permissionSets[i % 4]});
    }
    const qsizetype roleCount = m_roles.size() - firstRole;
    // Every pair of seeded user and role at most once.
    userAssignments =
        int(qMin<qsizetype>(userAssignments, seededUsers * qMax<qsizetype>(roleCount, 1)));
    for (int i = 0; i < userAssignments && seededUsers > 0; ++i) {
        // Another role on each round over the users: the server refuses a user the same role
        // twice in the same scope.
        const qsizetype round = i / seededUsers;
        const QString roleId = roleCount > 0
                                   ? m_roles.rows().at(firstRole + (i + round) % roleCount).id
                                   : m_roles.rows().at(1).id;
        const qint64 t = now();
        m_userAssignments.insert(AssignmentRecord{
            newId(), t, t, m_users.rows().at(firstUser + i % seededUsers).id, roleId, {}});
    }
}

qint64 ServerState::now()
{
    using namespace std::chrono;
    const qint64 micros =
        duration_cast<microseconds>(system_clock::now().time_since_epoch()).count() + m_clockOffset;
    m_lastTime = qMax(micros, m_lastTime + 1);
    return m_lastTime;
}

QString ServerState::newId()
{
    quint64 hi = m_random.generate();
    quint64 lo = m_random.generate();
    hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    const QString hex =
        QStringLiteral("%1%2").arg(hi, 16, 16, QLatin1Char('0')).arg(lo, 16, 16, QLatin1Char('0'));
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
           hex.mid(20);
}

QString ServerState::newActivationToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token += QStringLiteral("%1").arg(m_random.generate(), 16, 16, QLatin1Char('0'));
    return token;
}

QByteArray ServerState::hashPassword(const QString &password)
{
    return QCryptographicHash::hash("zenml-test-salt:" + password.toUtf8(),
                                    QCryptographicHash::Sha256);
}

QString ServerState::formatTime(qint64 micros)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1").arg(micros % 1000000, 6, 10, QLatin1Char('0'));
}

bool ServerState::isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QStringList ServerState::permissionsOf(const QString &userId) const
{
    QStringList result;
    for (const AssignmentRecord &assignment : m_userAssignments.rows()) {
        if (assignment.principalId != userId)
            continue;
        if (const RoleRecord *role = m_roles.find(assignment.roleId)) {
            for (const QString &permission : role->permissions) {
                if (!result.contains(permission))
                    result.append(permission);
            }
        }
    }
    return result;
}

QString ServerState::defaultUserId() const
{
    const UserRecord *user = m_users.findByName("default");
    return user ? user->id : QString();
}

QString ServerState::defaultWorkspaceId() const
{
    const WorkspaceRecord *workspace = m_workspaces.findByName("default");
    return workspace ? workspace->id : QString();
}

void ServerState::deleteUser(QString id)
{
    m_users.remove(id);
    m_userAssignments.removeIf([&id](const AssignmentRecord &a) { return a.principalId == id; });
    for (TeamRecord &team : m_teams.mutableRows())
        team.members.removeAll(id);
}

void ServerState::deleteTeam(QString id)
{
    m_teams.remove(id);
    m_teamAssignments.removeIf([&id](const AssignmentRecord &a) { return a.principalId == id; });
}

void ServerState::deleteRole(QString id)
{
    m_roles.remove(id);
    m_userAssignments.removeIf([&id](const AssignmentRecord &a) { return a.roleId == id; });
    m_teamAssignments.removeIf([&id](const AssignmentRecord &a) { return a.roleId == id; });
}

void ServerState::deleteWorkspace(QString id)
{
    m_workspaces.remove(id);
    m_userAssignments.removeIf([&id](const AssignmentRecord &a) { return a.workspaceId == id; });
    m_teamAssignments.removeIf([&id](const AssignmentRecord &a) { return a.workspaceId == id; });
}

} // namespace zenml::test
