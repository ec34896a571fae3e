#pragma once

#include "domain/roleassignment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zenml::access {

// Where something stands in a file: 1-based line and column; 0 when unknown (a mirror row).
struct Position
{
    int line = 0;
    int column = 0;
};

// One thing wrong with a file, at its place.
struct Problem
{
    Position at;
    QString message;
};

inline constexpr int kSchemaVersion = 1;

struct WorkspaceEntry
{
    QString name;
    QString description;
    bool builtin = false;
    Position at;
};

struct RoleEntry
{
    QString name;
    QStringList permissions; // names as written; canonical order after normalize()
    bool builtin = false;
    Position at;
    QList<Position> permissionAt;
};

struct UserEntry
{
    QString name;
    QString fullName;
    QString email;
    bool active = true;
    bool builtin = false;
    Position at;
};

struct TeamEntry
{
    QString name;
    QStringList members; // user names, sorted after normalize()
    Position at;
    QList<Position> memberAt;
};

struct AssignmentEntry
{
    QString role;
    SubjectKind subjectKind = SubjectKind::User;
    QString subject;
    QString workspace; // empty: global
    Position at;
    Position roleAt;
    Position subjectAt;
    Position workspaceAt;
};

// The whole access model of a profile by names: no ids, timestamps, tokens or passwords.
struct AccessModel
{
    int version = kSchemaVersion;
    QList<WorkspaceEntry> workspaces;
    QList<RoleEntry> roles;
    QList<UserEntry> users;
    QList<TeamEntry> teams;
    QList<AssignmentEntry> assignments;

    // Sorts every list (and the lists inside entries) into the one order files are written in,
    // so that two exports of the same state are byte-identical.
    void normalize();
};

bool assignmentLess(const AssignmentEntry &a, const AssignmentEntry &b);

// What makes an assignment itself (who, where, which role), for sets of 150,000 of them: the
// strings are shared with the entry, not copied into one joined key.
struct AssignmentKey
{
    SubjectKind kind = SubjectKind::User;
    QString subject;
    QString workspace;
    QString role;

    explicit AssignmentKey(const AssignmentEntry &a)
        : kind(a.subjectKind)
        , subject(a.subject)
        , workspace(a.workspace)
        , role(a.role)
    {}
    bool operator==(const AssignmentKey &o) const
    {
        return kind == o.kind && subject == o.subject && workspace == o.workspace && role == o.role;
    }
};
size_t qHash(const AssignmentKey &key, size_t seed = 0);
QString subjectKindKey(SubjectKind kind); // "user" or "team"

} // namespace zenml::access
