#include "parsers.h"

#include "jsonreader.h"

namespace zenml::remote::parse {

namespace {

// Reads permissions strictly: an unknown word is a contract violation, not something to drop.
Permissions readPermissions(const JsonReader &r)
{
    Permissions set;
    for (const JsonReader &item : r.array(QStringLiteral("permissions"))) {
        if (!item.value().isString()) {
            item.fail(JsonReader::tr("should be a string but is %1")
                          .arg(JsonReader::typeName(item.value())));
            return {};
        }
        const auto p = permission::parse(item.value().toString());
        if (!p) {
            item.fail(JsonReader::tr("is not one of read, write, me: \"%1\"")
                          .arg(item.value().toString().left(40)));
            return {};
        }
        set |= *p;
    }
    return set;
}

// The id of a nested row, checked in full unless the listing has checked this version of it.
template<typename Read> QString nestedId(const JsonReader &r, const char *kind, Read read)
{
    if (r.seenBefore(QLatin1StringView(kind)))
        return r.string(QStringLiteral("id"));
    return read();
}

template<typename T> Result<T> finish(const JsonReader &r, T value)
{
    if (!r.ok())
        return r.error();
    return value;
}

} // namespace

User readUser(const JsonReader &r, QString *rawUpdated, QString *activationToken)
{
    User u;
    u.id = r.uuid(QStringLiteral("id"));
    u.created = r.timestamp(QStringLiteral("created"));
    u.updated = r.timestamp(QStringLiteral("updated"), rawUpdated);
    u.name = r.string(QStringLiteral("name"));
    u.fullName = r.string(QStringLiteral("full_name"));
    u.active = r.boolean(QStringLiteral("active"));
    u.emailOptedIn = r.nullableBoolean(QStringLiteral("email_opted_in")).value_or(false);
    u.email = r.nullableString(QStringLiteral("email"));
    u.isServiceAccount = r.optionalBoolean(QStringLiteral("is_service_account")).value_or(false);
    r.nullableString(QStringLiteral("hub_token")); // checked for type, never kept
    r.optionalString(QStringLiteral("external_user_id"));
    const QString token = r.nullableString(QStringLiteral("activation_token"));
    if (activationToken)
        *activationToken = token;
    // Nested teams and roles are validated but not kept: the sync engine reads memberships and
    // assignments from their own lists, which are complete, unlike these summaries.
    if (const auto teams = r.nullableArray(QStringLiteral("teams"))) {
        for (const JsonReader &t : *teams)
            nestedId(t, "team", [&t] { return readTeam(t, nullptr).id; });
    }
    if (const auto roles = r.nullableArray(QStringLiteral("roles"))) {
        for (const JsonReader &role : *roles)
            nestedId(role, "role", [&role] { return readRole(role, nullptr).id; });
    }
    return u;
}

Team readTeam(const JsonReader &r, QString *rawUpdated)
{
    Team t;
    t.id = r.uuid(QStringLiteral("id"));
    t.created = r.timestamp(QStringLiteral("created"));
    t.updated = r.timestamp(QStringLiteral("updated"), rawUpdated);
    t.name = r.string(QStringLiteral("name"));
    for (const JsonReader &member : r.array(QStringLiteral("users"))) {
        const QString id =
            nestedId(member, "user", [&member] { return readUser(member, nullptr, nullptr).id; });
        if (!r.ok())
            break;
        t.memberIds << id;
    }
    return t;
}

Role readRole(const JsonReader &r, QString *rawUpdated)
{
    Role role;
    role.id = r.uuid(QStringLiteral("id"));
    role.created = r.timestamp(QStringLiteral("created"));
    role.updated = r.timestamp(QStringLiteral("updated"), rawUpdated);
    role.name = r.string(QStringLiteral("name"));
    role.permissions = readPermissions(r);
    return role;
}

Workspace readWorkspace(const JsonReader &r, QString *rawUpdated)
{
    Workspace w;
    w.id = r.uuid(QStringLiteral("id"));
    w.created = r.timestamp(QStringLiteral("created"));
    w.updated = r.timestamp(QStringLiteral("updated"), rawUpdated);
    w.name = r.string(QStringLiteral("name"));
    // Workspaces created through some clients carry a null description.
    w.description = r.nullableString(QStringLiteral("description"));
    return w;
}

Result<PageEnvelope> page(const QJsonValue &json)
{
    const JsonReader r(json);
    PageEnvelope p;
    p.index = static_cast<int>(r.integer(QStringLiteral("index")));
    p.maxSize = static_cast<int>(r.integer(QStringLiteral("max_size")));
    p.totalPages = static_cast<int>(r.integer(QStringLiteral("total_pages")));
    p.total = r.integer(QStringLiteral("total"));
    for (const JsonReader &item : r.array(QStringLiteral("items")))
        p.items << item.value();
    if (r.ok() && (p.index < 1 || p.totalPages < 0 || p.total < 0))
        r.fail(JsonReader::tr("has impossible paging numbers"), QStringLiteral("index"));
    return finish(r, p);
}

Result<RemoteUser> user(const QJsonValue &json, const QString &path, QSet<QString> *summaries)
{
    const JsonReader r(json, path, summaries);
    RemoteUser row;
    row.value = readUser(r, &row.rawUpdated, &row.activationToken);
    return finish(r, row);
}

Result<RemoteTeam> team(const QJsonValue &json, const QString &path, QSet<QString> *summaries)
{
    const JsonReader r(json, path, summaries);
    RemoteTeam row;
    row.value = readTeam(r, &row.rawUpdated);
    return finish(r, row);
}

Result<RemoteRole> role(const QJsonValue &json, const QString &path)
{
    const JsonReader r(json, path);
    RemoteRole row;
    row.value = readRole(r, &row.rawUpdated);
    return finish(r, row);
}

Result<RemoteWorkspace> workspace(const QJsonValue &json, const QString &path)
{
    const JsonReader r(json, path);
    RemoteWorkspace row;
    row.value = readWorkspace(r, &row.rawUpdated);
    return finish(r, row);
}

Result<RemoteAssignment> assignment(const QJsonValue &json, SubjectKind kind, const QString &path,
                                    QSet<QString> *summaries)
{
    const JsonReader r(json, path, summaries);
    RemoteAssignment row;
    RoleAssignment &a = row.value;
    a.id = r.uuid(QStringLiteral("id"));
    a.created = r.timestamp(QStringLiteral("created"));
    a.updated = r.timestamp(QStringLiteral("updated"), &row.rawUpdated);
    a.subjectKind = kind;
    if (kind == SubjectKind::User) {
        // Each user comes back in only a few assignments: checked each time, no record kept.
        a.subjectId = readUser(r.object(QStringLiteral("user")), nullptr, nullptr).id;
    } else {
        const JsonReader team = r.object(QStringLiteral("team"));
        a.subjectId = nestedId(team, "team", [&team] { return readTeam(team, nullptr).id; });
    }
    const JsonReader role = r.object(QStringLiteral("role"));
    a.roleId = nestedId(role, "role", [&role] { return readRole(role, nullptr).id; });
    if (const auto ws = r.nullableObject(QStringLiteral("workspace")))
        a.workspaceId =
            nestedId(*ws, "workspace", [&ws] { return readWorkspace(*ws, nullptr).id; });
    return finish(r, row);
}

Status deleted(const QJsonValue &json)
{
    if (json.isNull())
        return {};
    const JsonReader r(json);
    r.fail(JsonReader::tr("should be null but is %1").arg(JsonReader::typeName(json)));
    return r.error();
}

} // namespace zenml::remote::parse
