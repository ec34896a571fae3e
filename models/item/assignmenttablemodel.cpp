#include "assignmenttablemodel.h"

#include "itemroles.h"
#include "service/adminservice.h"
#include "store/localstore.h"

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
    auto rows = service().store().assignments().list();
    if (!rows)
        return rows.error();
    m_rows = std::move(rows.value());
    return int(m_rows.size());
}

QString AssignmentTableModel::storageId(int index) const
{
    return m_rows.at(index).assignment.id;
}

QString AssignmentTableModel::storageName(int index) const
{
    return m_rows.at(index).subjectName;
}

const AssignmentView &AssignmentTableModel::assignmentAt(int row) const
{
    return m_rows.at(storageIndex(row));
}

bool AssignmentTableModel::storageLess(int a, int b, int column) const
{
    const AssignmentView &x = m_rows.at(a);
    const AssignmentView &y = m_rows.at(b);
    int c = 0;
    switch (column) {
    case SubjectType:
        c = int(x.assignment.subjectKind) - int(y.assignment.subjectKind);
        break;
    case Role:
        c = x.roleName.compare(y.roleName, Qt::CaseInsensitive);
        break;
    case Workspace:
        c = x.workspaceName.compare(y.workspaceName, Qt::CaseInsensitive);
        break;
    case Created:
        c = x.assignment.created < y.assignment.created   ? -1
            : y.assignment.created < x.assignment.created ? 1
                                                          : 0;
        break;
    default:
        break;
    }
    if (c == 0)
        c = x.subjectName.compare(y.subjectName, Qt::CaseInsensitive);
    if (c == 0)
        c = x.roleName.compare(y.roleName);
    if (c == 0)
        c = x.workspaceName.compare(y.workspaceName);
    return c < 0;
}

bool AssignmentTableModel::rowMatches(int row, const QString &lowerNeedle) const
{
    const AssignmentView &v = assignmentAt(row);
    return v.subjectName.contains(lowerNeedle, Qt::CaseInsensitive) ||
           v.roleName.contains(lowerNeedle, Qt::CaseInsensitive) ||
           v.workspaceName.contains(lowerNeedle, Qt::CaseInsensitive);
}

QVariant AssignmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const AssignmentView &v = assignmentAt(index.row());
    const bool isUser = v.assignment.subjectKind == SubjectKind::User;
    switch (role) {
    case itemrole::Id:
        return v.assignment.id;
    case itemrole::Name:
        return v.subjectName;
    case itemrole::Kind:
        return int(isUser ? EntityKind::UserRoleAssignment : EntityKind::TeamRoleAssignment);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Subject:
            return v.subjectName;
        case SubjectType:
            return isUser ? tr("User") : tr("Team");
        case Role:
            return v.roleName;
        case Workspace:
            return v.assignment.isGlobal() ? tr("Global") : v.workspaceName;
        case Created:
            return QLocale().toString(v.assignment.created.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Subject:
            return v.subjectName;
        case SubjectType:
            return int(v.assignment.subjectKind);
        case Role:
            return v.roleName;
        case Workspace:
            return v.workspaceName;
        case Created:
            return v.assignment.created;
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
