#pragma once

#include "accessmodel.h"
#include "mirrorsnapshot.h"

namespace zenml {
class AdminService;
}

namespace zenml::access {

// One person of the CSV, checked against the file and the mirror.
struct ImportRow
{
    int line = 0;
    QString name;
    QString fullName;
    QString email;
    QStringList roles; // given in the workspace, or globally when it is empty
    QStringList teams;
    QString workspace;
};

struct UserImport
{
    QList<ImportRow> rows;
    QList<Problem> problems; // every bad line; the import is refused while any is listed
    QSet<int> badLines;      // the lines with a problem, for a preview to mark
};

// Reads a CSV with a header row: name (required), full_name, email, roles and teams (several
// separated by ';', or by ',' when ';' separates the fields), workspace (for the roles).
UserImport readUserImport(const QByteArray &csv, const MirrorSnapshot &mirror);

// Creates every user without a password (an invitation on a server profile), gives the roles and
// adds them to the teams, all as one edit. Refused as a whole while the import has problems.
Status importUsers(AdminService &service, const UserImport &import);

} // namespace zenml::access
