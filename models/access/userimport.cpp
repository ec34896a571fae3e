#include "userimport.h"

#include "csvreader.h"
#include "domain/rules.h"
#include "service/adminservice.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace zenml::access {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::ImportText)
};

QStringList splitList(const QString &field, QChar separator)
{
    QStringList out;
    for (const QString &part : field.split(separator, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

} // namespace

UserImport readUserImport(const QByteArray &csv, const MirrorSnapshot &mirror)
{
    UserImport out;
    const CsvTable table = readCsv(csv, out.problems);
    if (table.rows.isEmpty()) {
        out.problems << Problem{{1, 1},
                                ImportText::tr("The file has no header row. The first "
                                               "line names the columns: name, full_name, "
                                               "email, roles, teams, workspace.")};
        return out;
    }
    const QStringList known{QStringLiteral("name"),  QStringLiteral("full_name"),
                            QStringLiteral("email"), QStringLiteral("roles"),
                            QStringLiteral("teams"), QStringLiteral("workspace")};
    QHash<QString, int> columns;
    const CsvRow &header = table.rows.first();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString key = header.fields.at(i).trimmed().toLower();
        if (!known.contains(key))
            out.problems << Problem{
                header.fieldAt.at(i),
                ImportText::tr("Unknown column '%1'. Known columns: %2.")
                    .arg(header.fields.at(i), known.join(QStringLiteral(", ")))};
        else if (columns.contains(key))
            out.problems << Problem{header.fieldAt.at(i),
                                    ImportText::tr("The column '%1' appears twice.").arg(key)};
        else
            columns.insert(key, int(i));
    }
    if (!columns.contains(QStringLiteral("name")))
        out.problems << Problem{header.fieldAt.value(0),
                                ImportText::tr("The header row needs a 'name' column.")};
    if (!out.problems.isEmpty())
        return out;

    // With ';' between the fields, several roles or teams in one field are separated by ','.
    const QChar listSeparator =
        table.separator == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char(';');
    QHash<QString, int> seen; // name -> line
    const auto bad = [&out](const Position &at, const QString &message) {
        out.problems << Problem{at, message};
        out.badLines.insert(at.line);
    };
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const CsvRow &row = table.rows.at(r);
        const auto cell = [&](const QString &key) {
            const int c = columns.value(key, -1);
            return c >= 0 && c < row.fields.size() ? row.fields.at(c).trimmed() : QString();
        };
        const auto at = [&](const QString &key) {
            const int c = columns.value(key, -1);
            return c >= 0 && c < row.fieldAt.size() ? row.fieldAt.at(c) : Position{row.line, 1};
        };
        const int badBefore = int(out.problems.size());
        ImportRow item;
        item.line = row.line;
        item.name = cell(QStringLiteral("name"));
        item.fullName = cell(QStringLiteral("full_name"));
        item.email = cell(QStringLiteral("email"));
        item.workspace = cell(QStringLiteral("workspace"));
        item.roles = splitList(cell(QStringLiteral("roles")), listSeparator);
        item.teams = splitList(cell(QStringLiteral("teams")), listSeparator);
        if (row.fields.size() > header.fields.size())
            bad(row.fieldAt.at(header.fields.size()),
                ImportText::tr("This line has %1 fields; the header has %2.")
                    .arg(row.fields.size())
                    .arg(header.fields.size()));
        if (item.name.isEmpty()) {
            bad(at(QStringLiteral("name")), ImportText::tr("The name is empty."));
        } else if (Status s = rules::validateName(EntityKind::User, item.name); !s) {
            bad(at(QStringLiteral("name")), s.error().message);
        } else if (seen.contains(item.name)) {
            bad(at(QStringLiteral("name")),
                ImportText::tr("'%1' is already on line %2 of the file.")
                    .arg(item.name)
                    .arg(seen.value(item.name)));
        } else if (mirror.userIds.contains(item.name)) {
            bad(at(QStringLiteral("name")),
                ImportText::tr("A user named '%1' already exists.").arg(item.name));
        }
        seen.insert(item.name, row.line);
        if (!item.email.isEmpty()) {
            if (Status s = rules::validateEmail(item.email); !s)
                bad(at(QStringLiteral("email")), s.error().message);
        }
        for (const QString &role : item.roles)
            if (!mirror.roleIds.contains(role))
                bad(at(QStringLiteral("roles")),
                    ImportText::tr("There is no role '%1'.").arg(role));
        for (const QString &team : item.teams)
            if (!mirror.teamIds.contains(team))
                bad(at(QStringLiteral("teams")),
                    ImportText::tr("There is no team '%1'.").arg(team));
        if (!item.workspace.isEmpty() && !mirror.workspaceIds.contains(item.workspace))
            bad(at(QStringLiteral("workspace")),
                ImportText::tr("There is no workspace '%1'.").arg(item.workspace));
        if (out.problems.size() == badBefore)
            out.rows << item;
    }
    return out;
}

Status importUsers(AdminService &service, const UserImport &import)
{
    if (!import.problems.isEmpty())
        return Error::make(ErrorKind::Invalid,
                           ImportText::tr("The file has %n problem(s); nobody was imported.", "",
                                          int(import.problems.size())));
    if (import.rows.isEmpty())
        return {};
    return service.atomically([&]() -> Status {
        // One assignment call per role and workspace, one member change per team.
        QMap<std::pair<QString, QString>, QStringList> byRole;
        QMap<QString, QStringList> byTeam;
        for (const ImportRow &row : import.rows) {
            UserDraft draft;
            draft.name = row.name;
            draft.fullName = row.fullName;
            draft.email = row.email;
            auto created = service.createUser(draft);
            if (!created) {
                Error e = created.error();
                e.message = ImportText::tr("Line %1: %2").arg(row.line).arg(e.message);
                return e;
            }
            for (const QString &role : row.roles)
                byRole[{role, row.workspace}] << created->id;
            for (const QString &team : row.teams)
                byTeam[team] << created->id;
        }
        for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
            auto r = service.assignRole({it.key().first, it.value(), {}, it.key().second});
            if (!r)
                return r.error();
        }
        for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
            auto r = service.addTeamMembers(it.key(), it.value());
            if (!r)
                return r.error();
        }
        return {};
    });
}

} // namespace zenml::access
