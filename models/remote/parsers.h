#pragma once

#include "domain/error.h"
#include "domain/roleassignment.h"
#include "loginresult.h"
#include "remoterow.h"
#include "serverinfo.h"

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace zenml::remote {

class JsonReader;

// Strict parsers from the JSON of a ZenML 0.39-0.47 server into domain values. Every required
// field is checked for presence and type; a problem is a Protocol error that names the field
// path. `path` prefixes those names (e.g. "items[3]").
namespace parse {

// One page of a list: {"index","max_size","total_pages","total","items":[...]}. Items are left
// unparsed (the list jobs parse them with the resource parser and the "items[i]" path).
struct PageEnvelope
{
    int index = 0;
    int maxSize = 0;
    int totalPages = 0;
    qint64 total = 0;
    QList<QJsonValue> items;
};

Result<PageEnvelope> page(const QJsonValue &json);

// `summaries`: a listing's record of the nested rows it has checked (JsonReader::seenBefore).
Result<RemoteUser> user(const QJsonValue &json, const QString &path = {},
                        QSet<QString> *summaries = nullptr);
Result<RemoteTeam> team(const QJsonValue &json, const QString &path = {},
                        QSet<QString> *summaries = nullptr);
Result<RemoteRole> role(const QJsonValue &json, const QString &path = {});
Result<RemoteWorkspace> workspace(const QJsonValue &json, const QString &path = {});
// A user or team role assignment ("user" or "team" member, per `kind`).
Result<RemoteAssignment> assignment(const QJsonValue &json, SubjectKind kind,
                                    const QString &path = {}, QSet<QString> *summaries = nullptr);

Result<ServerInfo> serverInfo(const QJsonValue &json);
Result<QString> version(const QJsonValue &json);
// The login answer, with the claims decoded from the JWT payload (base64url, no signature check).
Result<LoginResult> login(const QJsonValue &json);
// DELETE answers 200 with the body null.
Status deleted(const QJsonValue &json);

// Building blocks shared by the parsers above (they share the reader's first-error slot).
User readUser(const JsonReader &r, QString *rawUpdated, QString *activationToken);
Team readTeam(const JsonReader &r, QString *rawUpdated);
Role readRole(const JsonReader &r, QString *rawUpdated);
Workspace readWorkspace(const JsonReader &r, QString *rawUpdated);

} // namespace parse
} // namespace zenml::remote
