#include "accessdecoder.h"

#include "domain/permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <array>

namespace zenml::access {

namespace {

// A map's values by the place of their key in the list of known keys (at most eight).
struct Fields
{
    std::array<const Node *, 8> values{};
    const Node *operator[](int key) const { return values[size_t(key)]; }
};

class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::Decoder)
public:
    explicit Decoder(QList<Problem> &problems)
        : m_problems(problems)
        , m_workspace(tr("workspace"))
        , m_role(tr("role"))
        , m_user(tr("user"))
        , m_team(tr("team"))
        , m_assignment(tr("assignment"))
    {}

    AccessModel run(const Node &root);

private:
    void problem(const Node &node, const QString &message)
    {
        m_problems << Problem{node.at, message};
    }
    // The map's fields by the index of their key in known; unknown keys are problems.
    Fields fields(const Node &map, const QStringList &known, const QString &what);
    bool isMap(const Node &n, const QString &what);
    // The value n of the field key (null when the map has none).
    QString string(const Node *n, const QString &key, bool required, const Node &owner,
                   const QString &what);
    bool boolean(const Node *n, const QString &key, bool fallback);
    // A sequence of scalars; the places of the items go to positions.
    QStringList strings(const Node *n, const QString &key, QList<Position> &positions);
    const Node *section(const Node *n, const QString &key);
    template<typename Entry> void checkDuplicates(const QList<Entry> &list, const QString &what);

    void readWorkspace(const Node &n, AccessModel &m);
    void readRole(const Node &n, AccessModel &m);
    void readUser(const Node &n, AccessModel &m);
    void readTeam(const Node &n, AccessModel &m);
    void readAssignment(const Node &n, AccessModel &m);

    QList<Problem> &m_problems;
    // Translated once: a file of 100,000 users would otherwise look each up 100,000 times.
    const QString m_workspace, m_role, m_user, m_team, m_assignment;
};

bool Decoder::isMap(const Node &n, const QString &what)
{
    if (n.kind == Node::Kind::Map)
        return true;
    problem(n, tr("Each %1 must be a mapping of keys to values.").arg(what));
    return false;
}

Fields Decoder::fields(const Node &map, const QStringList &known, const QString &what)
{
    Fields out;
    for (size_t i = 0; i < map.keys.size(); ++i) {
        const Node &key = map.keys[i];
        const qsizetype index = known.indexOf(key.text);
        if (index < 0) {
            problem(key, tr("Unknown key '%1' in a %2. Known keys: %3.")
                             .arg(key.text, what, known.join(QStringLiteral(", "))));
            continue;
        }
        if (out[int(index)]) {
            problem(key, tr("The key '%1' appears twice.").arg(key.text));
            continue;
        }
        out.values[size_t(index)] = &map.items[i];
    }
    return out;
}

QString Decoder::string(const Node *n, const QString &key, bool required, const Node &owner,
                        const QString &what)
{
    if (!n || n->kind == Node::Kind::Null) {
        if (required)
            problem(owner, tr("A %1 needs '%2'.").arg(what, key));
        return {};
    }
    if (n->kind != Node::Kind::Scalar) {
        problem(*n, tr("'%1' must be text.").arg(key));
        return {};
    }
    if (required && n->text.isEmpty())
        problem(*n, tr("'%1' must not be empty.").arg(key));
    return n->text;
}

bool Decoder::boolean(const Node *n, const QString &key, bool fallback)
{
    if (!n || n->kind == Node::Kind::Null)
        return fallback;
    if (n->kind == Node::Kind::Scalar && n->plain) {
        if (n->text == QLatin1String("true"))
            return true;
        if (n->text == QLatin1String("false"))
            return false;
    }
    problem(*n, tr("'%1' must be true or false.").arg(key));
    return fallback;
}

QStringList Decoder::strings(const Node *n, const QString &key, QList<Position> &positions)
{
    QStringList out;
    if (!n || n->kind == Node::Kind::Null)
        return out;
    if (n->kind != Node::Kind::Seq) {
        problem(*n, tr("'%1' must be a list.").arg(key));
        return out;
    }
    out.reserve(qsizetype(n->items.size()));
    positions.reserve(qsizetype(n->items.size()));
    for (const Node &item : n->items) {
        if (item.kind != Node::Kind::Scalar || item.text.isEmpty()) {
            problem(item, tr("Each item of '%1' must be a name.").arg(key));
            continue;
        }
        out << item.text;
        positions << item.at;
    }
    return out;
}

const Node *Decoder::section(const Node *n, const QString &key)
{
    if (!n || n->kind == Node::Kind::Null)
        return nullptr;
    if (n->kind != Node::Kind::Seq) {
        problem(*n, tr("'%1' must be a list.").arg(key));
        return nullptr;
    }
    return n;
}

template<typename Entry>
void Decoder::checkDuplicates(const QList<Entry> &list, const QString &what)
{
    QHash<QString, Position> seen;
    seen.reserve(list.size());
    for (const Entry &e : list) {
        if (e.name.isEmpty())
            continue;
        auto it = seen.constFind(e.name);
        if (it != seen.constEnd()) {
            m_problems << Problem{e.at, tr("The %1 '%2' is listed twice (first on line %3).")
                                            .arg(what, e.name)
                                            .arg(it->line)};
            continue;
        }
        seen.insert(e.name, e.at);
    }
}

void Decoder::readWorkspace(const Node &n, AccessModel &m)
{
    const QString &what = m_workspace;
    if (!isMap(n, what))
        return;
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("builtin")};
    const Fields f = fields(n, keys, what);
    WorkspaceEntry e;
    e.at = n.at;
    e.name = string(f[0], keys[0], true, n, what);
    e.description = string(f[1], keys[1], false, n, what);
    e.builtin = boolean(f[2], keys[2], false);
    m.workspaces << e;
}

void Decoder::readRole(const Node &n, AccessModel &m)
{
    const QString &what = m_role;
    if (!isMap(n, what))
        return;
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("permissions"),
                                  QStringLiteral("builtin")};
    const Fields f = fields(n, keys, what);
    RoleEntry e;
    e.at = n.at;
    e.name = string(f[0], keys[0], true, n, what);
    e.permissions = strings(f[1], keys[1], e.permissionAt);
    e.builtin = boolean(f[2], keys[2], false);
    for (qsizetype i = 0; i < e.permissions.size(); ++i) {
        if (!permission::parse(e.permissions.at(i)))
            m_problems << Problem{
                e.permissionAt.at(i),
                tr("Unknown permission '%1'. Use read, write or me.").arg(e.permissions.at(i))};
    }
    m.roles << e;
}

void Decoder::readUser(const Node &n, AccessModel &m)
{
    const QString &what = m_user;
    if (!isMap(n, what))
        return;
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("full_name"),
                                  QStringLiteral("email"), QStringLiteral("active"),
                                  QStringLiteral("builtin")};
    const Fields f = fields(n, keys, what);
    UserEntry &e = m.users.emplace_back();
    e.at = n.at;
    e.name = string(f[0], keys[0], true, n, what);
    e.fullName = string(f[1], keys[1], false, n, what);
    e.email = string(f[2], keys[2], false, n, what);
    e.active = boolean(f[3], keys[3], true);
    e.builtin = boolean(f[4], keys[4], false);
}

void Decoder::readTeam(const Node &n, AccessModel &m)
{
    const QString &what = m_team;
    if (!isMap(n, what))
        return;
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("members")};
    const Fields f = fields(n, keys, what);
    TeamEntry e;
    e.at = n.at;
    e.name = string(f[0], keys[0], true, n, what);
    e.members = strings(f[1], keys[1], e.memberAt);
    QSet<QString> seen;
    seen.reserve(e.members.size());
    for (qsizetype i = 0; i < e.members.size(); ++i) {
        if (seen.contains(e.members.at(i)))
            m_problems << Problem{
                e.memberAt.at(i),
                tr("The member '%1' is listed twice in team '%2'.").arg(e.members.at(i), e.name)};
        seen.insert(e.members.at(i));
    }
    m.teams << e;
}

void Decoder::readAssignment(const Node &n, AccessModel &m)
{
    const QString &what = m_assignment;
    if (!isMap(n, what))
        return;
    enum { Role, User, Team, Workspace };
    static const QStringList keys{QStringLiteral("role"), QStringLiteral("user"),
                                  QStringLiteral("team"), QStringLiteral("workspace")};
    const Fields f = fields(n, keys, what);
    AssignmentEntry e;
    e.at = n.at;
    e.role = string(f[Role], keys[Role], true, n, what);
    const bool hasUser = f[User] != nullptr;
    const bool hasTeam = f[Team] != nullptr;
    if (hasUser == hasTeam) {
        problem(n, tr("An assignment names exactly one of 'user' and 'team'."));
        return;
    }
    const int subjectKey = hasUser ? User : Team;
    e.subjectKind = hasUser ? SubjectKind::User : SubjectKind::Team;
    e.subject = string(f[subjectKey], keys[subjectKey], true, n, what);
    e.workspace = string(f[Workspace], keys[Workspace], false, n, what);
    e.roleAt = f[Role] ? f[Role]->at : n.at;
    e.subjectAt = f[subjectKey]->at;
    e.workspaceAt = f[Workspace] ? f[Workspace]->at : n.at;
    m.assignments << std::move(e);
}

AccessModel Decoder::run(const Node &root)
{
    AccessModel m;
    if (root.kind != Node::Kind::Map) {
        problem(root, tr("The file must be a mapping with the keys version, workspaces, roles, "
                         "users, teams and assignments."));
        return m;
    }
    static const QStringList keys{QStringLiteral("version"), QStringLiteral("workspaces"),
                                  QStringLiteral("roles"),   QStringLiteral("users"),
                                  QStringLiteral("teams"),   QStringLiteral("assignments")};
    const Fields f = fields(root, keys, tr("file"));
    const Node *version = f[0];
    if (!version)
        problem(root, tr("The file needs 'version: %1' at the top.").arg(kSchemaVersion));
    else if (version->kind != Node::Kind::Scalar ||
             version->text != QString::number(kSchemaVersion))
        problem(
            *version,
            tr("This version of ZenML Admin reads files of version %1 only.").arg(kSchemaVersion));
    using Reader = void (Decoder::*)(const Node &, AccessModel &);
    const std::pair<int, Reader> sections[] = {
        {1, &Decoder::readWorkspace}, {2, &Decoder::readRole},       {3, &Decoder::readUser},
        {4, &Decoder::readTeam},      {5, &Decoder::readAssignment},
    };
    for (const auto &[key, reader] : sections) {
        if (const Node *list = section(f[key], keys[key])) {
            if (reader == &Decoder::readUser)
                m.users.reserve(qsizetype(list->items.size()));
            else if (reader == &Decoder::readAssignment)
                m.assignments.reserve(qsizetype(list->items.size()));
            for (const Node &item : list->items)
                (this->*reader)(item, m);
        }
    }
    checkDuplicates(m.workspaces, m_workspace);
    checkDuplicates(m.roles, m_role);
    checkDuplicates(m.users, m_user);
    checkDuplicates(m.teams, m_team);
    QHash<AssignmentKey, int> seen;
    seen.reserve(m.assignments.size());
    for (const AssignmentEntry &a : m.assignments) {
        const AssignmentKey key(a);
        auto it = seen.constFind(key);
        if (it != seen.constEnd())
            m_problems << Problem{
                a.at, tr("This assignment is listed twice (first on line %1).").arg(*it)};
        else
            seen.insert(key, a.at.line);
    }
    return m;
}

} // namespace

AccessModel decode(const Node &root, QList<Problem> &problems)
{
    return Decoder(problems).run(root);
}

} // namespace zenml::access
