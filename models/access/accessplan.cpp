#include "accessplan.h"

#include "domain/permission.h"
#include "domain/rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace zenml::access {

namespace {

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::PlanText)
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

class Planner
{
public:
    Planner(const AccessModel &file, const MirrorSnapshot &mirror, bool prune, AccessPlan &plan)
        : m_file(file)
        , m_mirror(mirror.model)
        , m_prune(prune)
        , m_plan(plan)
    {}

    void run()
    {
        indexFile();
        planWorkspaces();
        planRoles();
        planUsers();
        planTeams();
        planAssignments();
        if (m_prune)
            planDeletes();
    }

private:
    void problem(const Position &at, const QString &message)
    {
        m_plan.problems << Problem{at, message};
    }

    void indexFile()
    {
        for (const WorkspaceEntry &w : m_file.workspaces)
            m_fileWorkspaces.insert(w.name);
        for (const RoleEntry &r : m_file.roles)
            m_fileRoles.insert(r.name);
        m_fileUsers.reserve(m_file.users.size());
        for (const UserEntry &u : m_file.users)
            m_fileUsers.insert(u.name);
        for (const TeamEntry &t : m_file.teams)
            m_fileTeams.insert(t.name);
        for (int i = 0; i < m_mirror.workspaces.size(); ++i)
            m_mirrorWorkspaces.insert(m_mirror.workspaces.at(i).name, i);
        for (int i = 0; i < m_mirror.roles.size(); ++i)
            m_mirrorRoles.insert(m_mirror.roles.at(i).name, i);
        m_mirrorUsers.reserve(m_mirror.users.size());
        for (int i = 0; i < m_mirror.users.size(); ++i)
            m_mirrorUsers.insert(m_mirror.users.at(i).name, i);
        for (int i = 0; i < m_mirror.teams.size(); ++i)
            m_mirrorTeams.insert(m_mirror.teams.at(i).name, i);
    }

    // A name the file uses must exist after apply: in the file, or (unless pruned) in the mirror.
    bool known(const QSet<QString> &inFile, const QHash<QString, int> &inMirror,
               const QString &name) const
    {
        return inFile.contains(name) || (!m_prune && inMirror.contains(name));
    }

    void add(PlanChange change) { m_plan.changes << std::move(change); }

    void planWorkspaces()
    {
        for (const WorkspaceEntry &w : m_file.workspaces) {
            if (Status s = rules::validateName(EntityKind::Workspace, w.name);
                !s && !w.name.isEmpty())
                problem(w.at, s.error().message);
            auto it = m_mirrorWorkspaces.constFind(w.name);
            PlanChange c;
            c.kind = ChangeKind::Workspace;
            c.name = w.name;
            c.workspace = w;
            if (it == m_mirrorWorkspaces.constEnd()) {
                c.action = Action::Create;
                if (!w.description.isEmpty())
                    c.fields << FieldChange{QStringLiteral("description"), {}, w.description};
                add(c);
            } else if (m_mirror.workspaces.at(*it).description != w.description) {
                c.action = Action::Update;
                c.fields << FieldChange{QStringLiteral("description"),
                                        m_mirror.workspaces.at(*it).description, w.description};
                add(c);
            }
        }
    }

    void planRoles()
    {
        for (const RoleEntry &r : m_file.roles) {
            if (Status s = rules::validateName(EntityKind::Role, r.name); !s && !r.name.isEmpty())
                problem(r.at, s.error().message);
            QStringList unknown;
            const QStringList wanted =
                permission::names(permission::fromNames(r.permissions, &unknown));
            if (!unknown.isEmpty())
                continue; // the reader has listed each unknown permission
            auto it = m_mirrorRoles.constFind(r.name);
            PlanChange c;
            c.kind = ChangeKind::Role;
            c.name = r.name;
            c.role = r;
            c.role.permissions = wanted;
            if (it == m_mirrorRoles.constEnd()) {
                c.action = Action::Create;
                c.fields << FieldChange{
                    QStringLiteral("permissions"), {}, wanted.join(QStringLiteral(", "))};
                add(c);
                continue;
            }
            const QStringList current = m_mirror.roles.at(*it).permissions;
            if (current == wanted)
                continue;
            if (rules::isBuiltinRole(r.name)) {
                problem(r.at, PlanText::tr("The built-in role '%1' cannot be changed: it keeps the "
                                           "permissions %2.")
                                  .arg(r.name, current.join(QStringLiteral(", "))));
                continue;
            }
            c.action = Action::Update;
            c.fields << FieldChange{QStringLiteral("permissions"),
                                    current.join(QStringLiteral(", ")),
                                    wanted.join(QStringLiteral(", "))};
            add(c);
        }
    }

    void planUsers()
    {
        for (const UserEntry &u : m_file.users) {
            if (Status s = rules::validateName(EntityKind::User, u.name); !s && !u.name.isEmpty())
                problem(u.at, s.error().message);
            if (!u.email.isEmpty()) {
                if (Status s = rules::validateEmail(u.email); !s)
                    problem(u.at, s.error().message);
            }
            if (!u.active && rules::isDefaultUser(u.name))
                problem(u.at, PlanText::tr("The default user cannot be deactivated."));
            auto it = m_mirrorUsers.constFind(u.name);
            PlanChange c;
            c.kind = ChangeKind::User;
            c.name = u.name;
            c.user = u;
            if (it == m_mirrorUsers.constEnd()) {
                c.action = Action::Create;
                if (!u.fullName.isEmpty())
                    c.fields << FieldChange{QStringLiteral("full_name"), {}, u.fullName};
                if (!u.email.isEmpty())
                    c.fields << FieldChange{QStringLiteral("email"), {}, u.email};
                c.fields << FieldChange{QStringLiteral("active"), {}, yesNo(u.active)};
                add(std::move(c));
                continue;
            }
            const UserEntry &m = m_mirror.users.at(*it);
            if (m.fullName != u.fullName)
                c.fields << FieldChange{QStringLiteral("full_name"), m.fullName, u.fullName};
            if (m.email != u.email)
                c.fields << FieldChange{QStringLiteral("email"), m.email, u.email};
            if (m.active != u.active)
                c.fields << FieldChange{QStringLiteral("active"), yesNo(m.active), yesNo(u.active)};
            if (!c.fields.isEmpty()) {
                c.action = Action::Update;
                add(std::move(c));
            }
        }
    }

    void planTeams()
    {
        for (const TeamEntry &t : m_file.teams) {
            if (Status s = rules::validateName(EntityKind::Team, t.name); !s && !t.name.isEmpty())
                problem(t.at, s.error().message);
            for (qsizetype i = 0; i < t.members.size(); ++i) {
                if (!known(m_fileUsers, m_mirrorUsers, t.members.at(i)))
                    problem(t.memberAt.value(i, t.at),
                            PlanText::tr("Team '%1' names the user '%2', whom neither the file "
                                         "nor the profile has.")
                                .arg(t.name, t.members.at(i)));
            }
            QStringList wanted = t.members;
            wanted.sort();
            auto it = m_mirrorTeams.constFind(t.name);
            PlanChange c;
            c.kind = ChangeKind::Team;
            c.name = t.name;
            c.team = t;
            c.team.members = wanted;
            if (it == m_mirrorTeams.constEnd()) {
                c.action = Action::Create;
                c.fields << FieldChange{
                    QStringLiteral("members"), {}, wanted.join(QStringLiteral(", "))};
                add(c);
                continue;
            }
            const QStringList &current = m_mirror.teams.at(*it).members;
            if (current == wanted)
                continue;
            const QSet<QString> before(current.begin(), current.end());
            const QSet<QString> after(wanted.begin(), wanted.end());
            QStringList added, removed;
            for (const QString &n : wanted)
                if (!before.contains(n))
                    added << QStringLiteral("+") + n;
            for (const QString &n : current)
                if (!after.contains(n))
                    removed << QStringLiteral("-") + n;
            c.action = Action::Update;
            c.fields << FieldChange{QStringLiteral("members"), current.join(QStringLiteral(", ")),
                                    wanted.join(QStringLiteral(", "))};
            c.fields << FieldChange{
                QStringLiteral("members_changed"), {}, (added + removed).join(QStringLiteral(" "))};
            add(c);
        }
    }

    // Whether the list is strictly in the file's order: an export is, and two such lists are
    // compared by walking them side by side instead of through a set of 150,000 keys.
    static bool strictlySorted(const QList<AssignmentEntry> &list)
    {
        return std::adjacent_find(list.begin(), list.end(),
                                  [](const AssignmentEntry &a, const AssignmentEntry &b) {
                                      return !assignmentLess(a, b);
                                  }) == list.end();
    }

    // Whether the assignment's role, subject and workspace exist after apply (each problem
    // listed); the last subject's answer is kept, as a file lists a subject's roles together.
    bool namesKnown(const AssignmentEntry &a)
    {
        bool ok = true;
        if (!a.role.isEmpty() && !known(m_fileRoles, m_mirrorRoles, a.role)) {
            problem(
                a.roleAt,
                PlanText::tr("The role '%1' is in neither the file nor the profile.").arg(a.role));
            ok = false;
        }
        const bool isUser = a.subjectKind == SubjectKind::User;
        if (!a.subject.isEmpty()) {
            if (!m_lastSubject || m_lastSubject->first != a.subjectKind ||
                m_lastSubject->second != a.subject) {
                m_lastSubject = std::pair(a.subjectKind, a.subject);
                m_lastSubjectKnown = isUser ? known(m_fileUsers, m_mirrorUsers, a.subject)
                                            : known(m_fileTeams, m_mirrorTeams, a.subject);
            }
            if (!m_lastSubjectKnown) {
                problem(a.subjectAt,
                        isUser
                            ? PlanText::tr("The user '%1' is in neither the file nor the profile.")
                                  .arg(a.subject)
                            : PlanText::tr("The team '%1' is in neither the file nor the profile.")
                                  .arg(a.subject));
                ok = false;
            }
        }
        if (!a.workspace.isEmpty() && !known(m_fileWorkspaces, m_mirrorWorkspaces, a.workspace)) {
            problem(a.workspaceAt,
                    PlanText::tr("The workspace '%1' is in neither the file nor the profile.")
                        .arg(a.workspace));
            ok = false;
        }
        return ok;
    }

    void addCreate(const AssignmentEntry &a)
    {
        PlanChange c;
        c.action = Action::Create;
        c.kind = ChangeKind::Assignment;
        c.assignment = a;
        c.name = assignmentName(a);
        add(std::move(c));
    }

    void planAssignments()
    {
        const QList<AssignmentEntry> &mine = m_mirror.assignments;
        const QList<AssignmentEntry> &theirs = m_file.assignments;
        if (!strictlySorted(mine)) {
            // Not from a snapshot (two rows alike): one set of keys for each side.
            QSet<AssignmentKey> mirrorKeys;
            mirrorKeys.reserve(mine.size());
            for (const AssignmentEntry &a : mine)
                mirrorKeys.insert(AssignmentKey(a));
            m_fileAssignmentKeys.reserve(theirs.size());
            for (const AssignmentEntry &a : theirs) {
                const AssignmentKey key(a);
                m_fileAssignmentKeys.insert(key);
                if (namesKnown(a) && !mirrorKeys.contains(key))
                    addCreate(a);
            }
            return;
        }
        // The file's entries in the mirror's order (an export needs no sorting), walked beside
        // the mirror's: cheaper than two sets of 150,000 keys.
        std::vector<qsizetype> order(size_t(theirs.size()));
        std::iota(order.begin(), order.end(), qsizetype(0));
        const auto less = [&theirs](qsizetype a, qsizetype b) {
            return assignmentLess(theirs.at(a), theirs.at(b));
        };
        // Usually an export with entries added at its end: only those are sorted, then merged.
        const auto unsorted = std::is_sorted_until(order.begin(), order.end(), less);
        if (unsorted != order.end()) {
            std::sort(unsorted, order.end(), less);
            std::inplace_merge(order.begin(), unsorted, order.end(), less);
        }
        std::vector<bool> inMirror(size_t(theirs.size()), false);
        m_mirrorMatched.assign(size_t(mine.size()), false);
        qsizetype j = 0;
        for (qsizetype i : order) {
            const AssignmentEntry &a = theirs.at(i);
            while (j < mine.size() && assignmentLess(mine.at(j), a))
                ++j;
            if (j < mine.size() && !assignmentLess(a, mine.at(j))) {
                inMirror[size_t(i)] = true;
                m_mirrorMatched[size_t(j)] = true;
            }
        }
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            if (namesKnown(theirs.at(i)) && !inMirror[size_t(i)])
                addCreate(theirs.at(i));
        }
    }

    // Whether the file keeps the mirror's assignment at index i.
    bool fileKeeps(qsizetype i) const
    {
        if (!m_mirrorMatched.empty())
            return m_mirrorMatched[size_t(i)];
        return m_fileAssignmentKeys.contains(AssignmentKey(m_mirror.assignments.at(i)));
    }

    void planDeletes()
    {
        // Revokes first: a role or a user still assigned cannot go. The default user keeps its
        // roles, as it keeps itself: revoking its admin role could lock the deployment.
        for (qsizetype i = 0; i < m_mirror.assignments.size(); ++i) {
            const AssignmentEntry &a = m_mirror.assignments.at(i);
            if ((a.subjectKind == SubjectKind::User && rules::isDefaultUser(a.subject)) ||
                fileKeeps(i))
                continue;
            PlanChange c;
            c.action = Action::Delete;
            c.kind = ChangeKind::Assignment;
            c.assignment = a;
            c.name = assignmentName(a);
            add(std::move(c));
        }
        for (const TeamEntry &t : m_mirror.teams)
            if (!m_fileTeams.contains(t.name))
                addDelete(ChangeKind::Team, t.name);
        for (const UserEntry &u : m_mirror.users)
            if (!m_fileUsers.contains(u.name) && !u.builtin)
                addDelete(ChangeKind::User, u.name);
        for (const RoleEntry &r : m_mirror.roles)
            if (!m_fileRoles.contains(r.name) && !r.builtin)
                addDelete(ChangeKind::Role, r.name);
        for (const WorkspaceEntry &w : m_mirror.workspaces)
            if (!m_fileWorkspaces.contains(w.name) && !w.builtin)
                addDelete(ChangeKind::Workspace, w.name);
    }

    void addDelete(ChangeKind kind, const QString &name)
    {
        PlanChange c;
        c.action = Action::Delete;
        c.kind = kind;
        c.name = name;
        add(std::move(c));
    }

    const AccessModel &m_file;
    const AccessModel &m_mirror;
    bool m_prune;
    AccessPlan &m_plan;
    QSet<QString> m_fileWorkspaces, m_fileRoles, m_fileUsers, m_fileTeams;
    QSet<AssignmentKey> m_fileAssignmentKeys; // when the mirror's list is not in order
    std::vector<bool> m_mirrorMatched;        // when it is: the file keeps mirror row i
    std::optional<std::pair<SubjectKind, QString>> m_lastSubject;
    bool m_lastSubjectKnown = false;
    QHash<QString, int> m_mirrorWorkspaces, m_mirrorRoles, m_mirrorUsers, m_mirrorTeams;
};

} // namespace

int AccessPlan::count(Action action) const
{
    int n = 0;
    for (const PlanChange &c : changes)
        n += c.action == action;
    return n;
}

int AccessPlan::count(ChangeKind kind, Action action) const
{
    int n = 0;
    for (const PlanChange &c : changes)
        n += c.action == action && c.kind == kind;
    return n;
}

AccessPlan makePlan(const AccessModel &file, const MirrorSnapshot &mirror, bool prune,
                    const QList<Problem> &fileProblems)
{
    AccessPlan plan;
    plan.problems = fileProblems;
    Planner(file, mirror, prune, plan).run();
    if (!plan.problems.isEmpty()) {
        plan.changes.clear();
        std::stable_sort(
            plan.problems.begin(), plan.problems.end(), [](const Problem &a, const Problem &b) {
                return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
            });
    }
    return plan;
}

QString assignmentName(const AssignmentEntry &a)
{
    const QString subject = a.subjectKind == SubjectKind::User
                                ? PlanText::tr("user %1").arg(a.subject)
                                : PlanText::tr("team %1").arg(a.subject);
    if (a.workspace.isEmpty())
        return PlanText::tr("%1 → %2 (global)").arg(a.role, subject);
    return PlanText::tr("%1 → %2 in workspace %3").arg(a.role, subject, a.workspace);
}

QString kindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Workspace:
        return QStringLiteral("workspace");
    case ChangeKind::Role:
        return QStringLiteral("role");
    case ChangeKind::User:
        return QStringLiteral("user");
    case ChangeKind::Team:
        return QStringLiteral("team");
    case ChangeKind::Assignment:
        break;
    }
    return QStringLiteral("assignment");
}

QString actionKey(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        break;
    }
    return QStringLiteral("delete");
}

QString kindTitle(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Workspace:
        return PlanText::tr("Workspaces");
    case ChangeKind::Role:
        return PlanText::tr("Roles");
    case ChangeKind::User:
        return PlanText::tr("Users");
    case ChangeKind::Team:
        return PlanText::tr("Teams");
    case ChangeKind::Assignment:
        break;
    }
    return PlanText::tr("Role assignments");
}

QString planText(const AccessPlan &plan)
{
    QString out;
    const ChangeKind kinds[] = {ChangeKind::Workspace, ChangeKind::Role, ChangeKind::User,
                                ChangeKind::Team, ChangeKind::Assignment};
    const Action actions[] = {Action::Create, Action::Update, Action::Delete};
    for (ChangeKind kind : kinds) {
        const int creates = plan.count(kind, Action::Create);
        const int updates = plan.count(kind, Action::Update);
        const int deletes = plan.count(kind, Action::Delete);
        if (creates + updates + deletes == 0)
            continue;
        out += PlanText::tr("%1: %2 to create, %3 to update, %4 to delete")
                   .arg(kindTitle(kind))
                   .arg(creates)
                   .arg(updates)
                   .arg(deletes) +
               QLatin1Char('\n');
        for (Action action : actions) {
            for (const PlanChange &c : plan.changes) {
                if (c.kind != kind || c.action != action)
                    continue;
                const QChar mark = action == Action::Create   ? QLatin1Char('+')
                                   : action == Action::Update ? QLatin1Char('~')
                                                              : QLatin1Char('-');
                out += QStringLiteral("  %1 %2\n").arg(mark).arg(c.name);
                for (const FieldChange &f : c.fields) {
                    if (f.field == QLatin1String("members_changed"))
                        continue;
                    if (action == Action::Create)
                        out += QStringLiteral("      %1: %2\n").arg(f.field, f.after);
                    else
                        out += QStringLiteral("      %1: \"%2\" → \"%3\"\n")
                                   .arg(f.field, f.before, f.after);
                }
            }
        }
    }
    if (plan.isEmpty())
        out += PlanText::tr("No changes: the profile matches the file.") + QLatin1Char('\n');
    else
        out += PlanText::tr("Plan: %1 to create, %2 to update, %3 to delete.")
                   .arg(plan.count(Action::Create))
                   .arg(plan.count(Action::Update))
                   .arg(plan.count(Action::Delete)) +
               QLatin1Char('\n');
    return out;
}

QJsonObject planJson(const AccessPlan &plan)
{
    QJsonArray changes;
    for (const PlanChange &c : plan.changes) {
        QJsonObject o{{QStringLiteral("action"), actionKey(c.action)},
                      {QStringLiteral("kind"), kindKey(c.kind)},
                      {QStringLiteral("name"), c.name}};
        if (c.kind == ChangeKind::Assignment) {
            o.insert(QStringLiteral("role"), c.assignment.role);
            o.insert(subjectKindKey(c.assignment.subjectKind), c.assignment.subject);
            if (!c.assignment.workspace.isEmpty())
                o.insert(QStringLiteral("workspace"), c.assignment.workspace);
        }
        QJsonArray fields;
        for (const FieldChange &f : c.fields) {
            if (f.field == QLatin1String("members_changed"))
                continue;
            QJsonObject fo{{QStringLiteral("field"), f.field}, {QStringLiteral("new"), f.after}};
            if (c.action != Action::Create)
                fo.insert(QStringLiteral("old"), f.before);
            fields << fo;
        }
        if (!fields.isEmpty())
            o.insert(QStringLiteral("fields"), fields);
        changes << o;
    }
    QJsonArray problems;
    for (const Problem &p : plan.problems)
        problems << QJsonObject{{QStringLiteral("line"), p.at.line},
                                {QStringLiteral("column"), p.at.column},
                                {QStringLiteral("message"), p.message}};
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("create"), plan.count(Action::Create)},
                         {QStringLiteral("update"), plan.count(Action::Update)},
                         {QStringLiteral("delete"), plan.count(Action::Delete)}}}};
}

QString problemText(const Problem &p, const QString &fileName)
{
    if (p.at.line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, p.message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(fileName)
        .arg(p.at.line)
        .arg(p.at.column)
        .arg(p.message);
}

} // namespace zenml::access
