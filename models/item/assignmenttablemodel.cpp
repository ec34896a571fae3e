#include "assignmenttablemodel.h"

#include "itemroles.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/sqlutil.h"
#include "storedtime.h"

#include <QLocale>

namespace zenml {

AssignmentTableModel::AssignmentTableModel(AdminService &service, QObject *parent)
    : StoreTableModel(service,
                      {EntityKind::User, EntityKind::Team, EntityKind::Role, EntityKind::Workspace,
                       EntityKind::UserRoleAssignment, EntityKind::TeamRoleAssignment},
                      parent)
{}

int AssignmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<int> AssignmentTableModel::load()
{
    // A lean query of its own: AssignmentTable::list() also reads ids and parses two times per
    // row, which at 150,000 rows costs seconds and a hundred megabytes.
    QSqlQuery q(service().store().database());
    q.setForwardOnly(true);
    const QString part = QStringLiteral(
        "SELECT %1, s.name, r.name, IFNULL(w.name, ''), IFNULL(a.created, '') FROM %2 a "
        "JOIN %3 s ON s.id = a.%4 JOIN roles r ON r.id = a.role_id "
        "LEFT JOIN workspaces w ON w.id = a.workspace_id");
    if (!q.exec(part.arg(QStringLiteral("0"), QStringLiteral("user_role_assignments"),
                         QStringLiteral("users"), QStringLiteral("user_id")) +
                QStringLiteral(" UNION ALL ") +
                part.arg(QStringLiteral("1"), QStringLiteral("team_role_assignments"),
                         QStringLiteral("teams"), QStringLiteral("team_id")) +
                QStringLiteral(" ORDER BY 2 COLLATE NOCASE, 3, 4")))
        return sql::errorOf(q);
    QHash<QString, QString> shared;
    const auto intern = [&shared](const QString &text) {
        auto it = shared.constFind(text);
        return it != shared.constEnd() ? *it : *shared.insert(text, text);
    };
    QList<Entry> rows;
    while (q.next()) {
        rows.append({q.value(0).toInt() ? SubjectKind::Team : SubjectKind::User,
                     intern(q.value(1).toString()), intern(q.value(2).toString()),
                     intern(q.value(3).toString()), storedtime::toMsecs(q.value(4).toString())});
    }
    m_rows = std::move(rows);
    return int(m_rows.size());
}

QString AssignmentTableModel::storageId(int index) const
{
    const Entry &e = m_rows.at(index);
    return QStringLiteral("%1/%2/%3/%4").arg(int(e.kind)).arg(e.subject, e.role, e.workspace);
}

QString AssignmentTableModel::storageName(int index) const
{
    return m_rows.at(index).subject;
}

const AssignmentTableModel::Entry &AssignmentTableModel::entryAt(int row) const
{
    return m_rows.at(storageIndex(row));
}

bool AssignmentTableModel::storageLess(int a, int b, int column) const
{
    const Entry &x = m_rows.at(a);
    const Entry &y = m_rows.at(b);
    int c = 0;
    switch (column) {
    case SubjectType:
        c = int(x.kind) - int(y.kind);
        break;
    case Role:
        c = x.role.compare(y.role, Qt::CaseInsensitive);
        break;
    case Workspace:
        c = x.workspace.compare(y.workspace, Qt::CaseInsensitive);
        break;
    case Created:
        c = x.created < y.created ? -1 : y.created < x.created ? 1 : 0;
        break;
    default:
        break;
    }
    if (c == 0)
        c = x.subject.compare(y.subject, Qt::CaseInsensitive);
    if (c == 0)
        c = x.role.compare(y.role);
    if (c == 0)
        c = x.workspace.compare(y.workspace);
    return c < 0;
}

bool AssignmentTableModel::rowMatches(int row, const QString &lowerNeedle) const
{
    const Entry &e = entryAt(row);
    return e.subject.contains(lowerNeedle, Qt::CaseInsensitive) ||
           e.role.contains(lowerNeedle, Qt::CaseInsensitive) ||
           e.workspace.contains(lowerNeedle, Qt::CaseInsensitive);
}

QVariant AssignmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const Entry &v = entryAt(index.row());
    const bool isUser = v.kind == SubjectKind::User;
    switch (role) {
    case itemrole::Id:
        return storageId(storageIndex(index.row()));
    case itemrole::Name:
        return v.subject;
    case itemrole::Kind:
        return int(isUser ? EntityKind::UserRoleAssignment : EntityKind::TeamRoleAssignment);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Subject:
            return v.subject;
        case SubjectType:
            return isUser ? tr("User") : tr("Team");
        case Role:
            return v.role;
        case Workspace:
            return v.workspace.isEmpty() ? tr("Global") : v.workspace;
        case Created:
            return QLocale().toString(storedtime::toDateTime(v.created).toLocalTime(),
                                      QLocale::ShortFormat);
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Subject:
            return v.subject;
        case SubjectType:
            return int(v.kind);
        case Role:
            return v.role;
        case Workspace:
            return v.workspace;
        case Created:
            return storedtime::toDateTime(v.created);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AssignmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject:
        //: Column: the user or team that has the role
        return tr("Holder");
    case SubjectType:
        return tr("Type");
    case Role:
        return tr("Role");
    case Workspace:
        return tr("Scope");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace zenml
