#include "rolematrixmodel.h"

#include "itemroles.h"
#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/sqlutil.h"
#include "storetablemodel.h"

#include <algorithm>

namespace zenml {

RoleMatrixModel::RoleMatrixModel(AdminService &service, SubjectKind kind, StoreTableModel *subjects,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_kind(kind)
    , m_subjects(subjects)
{
    // The rows are the subject model's rows: follow its resets and re-sorts.
    auto begin = [this] {
        if (!m_resetting) {
            m_resetting = true;
            beginResetModel();
        }
    };
    auto end = [this] {
        if (m_resetting) {
            m_resetting = false;
            endResetModel();
        }
    };
    connect(subjects, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(subjects, &QAbstractItemModel::modelReset, this, end);
    connect(subjects, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(subjects, &QAbstractItemModel::layoutChanged, this, end);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { (void)reload(); });
    connect(&service, &AdminService::changed, this, [this](EntityKind changed) {
        if (m_loaded && changed != EntityKind::User)
            m_reloadTimer.start();
    });
}

Status RoleMatrixModel::setWorkspace(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
    return reload();
}

Status RoleMatrixModel::reload()
{
    m_reloadTimer.stop();
    m_loaded = true;
    auto roles = m_service.roles();
    if (!roles)
        return roles.error();
    beginResetModel();
    m_roles = std::move(roles.value());
    std::sort(m_roles.begin(), m_roles.end(), [](const Role &a, const Role &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_roleIndex.clear();
    for (int i = 0; i < m_roles.size(); ++i)
        m_roleIndex.insert(m_roles[i].id, i);
    m_workspaceName.clear();
    if (!m_workspaceId.isEmpty()) {
        auto ws = m_service.resolve(EntityKind::Workspace, m_workspaceId);
        if (ws)
            m_workspaceName = ws->name;
        else
            m_workspaceId.clear(); // the workspace is gone: fall back to global
    }
    Status loaded = loadAssignments();
    endResetModel();
    return loaded;
}

Status RoleMatrixModel::loadAssignments()
{
    m_held.clear();
    // One lean query instead of AssignmentTable::list(): the matrix needs only the pairs, and at
    // 150,000 assignments the joined names and parsed times would cost most of the load.
    const QString column =
        m_kind == SubjectKind::User ? QStringLiteral("user_id") : QStringLiteral("team_id");
    auto q = sql::exec(m_service.store().database(),
                       QStringLiteral("SELECT %1, role_id FROM %2 WHERE IFNULL(workspace_id, '') "
                                      "= ?")
                           .arg(column, AssignmentTable::tableOf(m_kind)),
                       {m_workspaceId});
    if (!q)
        return q.error();
    const int roleCount = int(m_roles.size());
    while (q->next()) {
        auto role = m_roleIndex.constFind(q->value(1).toString());
        if (role == m_roleIndex.constEnd())
            continue;
        QBitArray &bits = m_held[q->value(0).toString()];
        if (bits.size() != roleCount)
            bits.resize(roleCount);
        bits.setBit(*role);
    }
    return {};
}

bool RoleMatrixModel::holds(int row, int roleColumn) const
{
    const int role = roleColumn - FirstRoleColumn;
    if (!m_subjects || role < 0 || role >= m_roles.size())
        return false;
    auto it = m_held.constFind(m_subjects->idAt(row));
    return it != m_held.constEnd() && it->testBit(role);
}

const Role &RoleMatrixModel::roleAt(int column) const
{
    return m_roles.at(column - FirstRoleColumn);
}

int RoleMatrixModel::columnOfRole(const QString &roleName) const
{
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles[i].name == roleName)
            return i + FirstRoleColumn;
    }
    return -1;
}

int RoleMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_subjects || m_resetting)
        return 0;
    return m_subjects->rowCount();
}

int RoleMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size()) + FirstRoleColumn;
}

QVariant RoleMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool subjectColumn = index.column() == SubjectColumn;
    switch (role) {
    case itemrole::Id:
        return m_subjects->idAt(index.row());
    case itemrole::Name:
        return m_subjects->nameAt(index.row());
    case itemrole::Kind:
        return int(m_kind == SubjectKind::User ? EntityKind::User : EntityKind::Team);
    case Qt::DisplayRole:
        if (subjectColumn)
            return m_subjects->nameAt(index.row());
        break;
    case Qt::CheckStateRole:
        if (!subjectColumn)
            return holds(index.row(), index.column()) ? Qt::Checked : Qt::Unchecked;
        break;
    case itemrole::Raw:
        if (!subjectColumn)
            return holds(index.row(), index.column());
        return m_subjects->nameAt(index.row());
    case Qt::ToolTipRole:
        if (!subjectColumn) {
            const QString scope = m_workspaceId.isEmpty()
                                      ? tr("globally")
                                      : tr("in the workspace '%1'").arg(m_workspaceName);
            return holds(index.row(), index.column())
                       ? tr("%1 has the role '%2' %3. Clear to revoke.")
                             .arg(m_subjects->nameAt(index.row()), roleAt(index.column()).name,
                                  scope)
                       : tr("%1 does not have the role '%2' %3. Check to assign.")
                             .arg(m_subjects->nameAt(index.row()), roleAt(index.column()).name,
                                  scope);
        }
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags RoleMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == SubjectColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool RoleMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() < FirstRoleColumn ||
        index.row() >= rowCount() || index.column() >= columnCount())
        return false;
    const bool assign = value.toInt() == Qt::Checked;
    if (assign == holds(index.row(), index.column()))
        return false;
    const QString subject = m_subjects->nameAt(index.row());
    const QString roleName = roleAt(index.column()).name;
    Status done;
    if (m_toggle) {
        done = m_toggle(m_kind, subject, roleName, m_workspaceName, assign);
    } else {
        AssignmentTarget target;
        target.role = roleName;
        target.workspace = m_workspaceName;
        (m_kind == SubjectKind::User ? target.users : target.teams) << subject;
        if (assign) {
            auto r = m_service.assignRole(target);
            if (!r)
                done = r.error();
        } else {
            auto r = m_service.revokeRole(target);
            if (!r)
                done = r.error();
        }
    }
    if (!done) {
        Q_EMIT toggleFailed(done.error().message);
        return false;
    }
    // Show the new state at once; the reload the facade's signal schedules confirms it.
    QBitArray &bits = m_held[m_subjects->idAt(index.row())];
    if (bits.size() != m_roles.size())
        bits.resize(m_roles.size());
    bits.setBit(index.column() - FirstRoleColumn, assign);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, itemrole::Raw, Qt::ToolTipRole});
    return true;
}

QVariant RoleMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == SubjectColumn) {
        if (role == Qt::DisplayRole)
            return m_kind == SubjectKind::User ? tr("User") : tr("Team");
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const Role &r = roleAt(section);
    if (role == Qt::DisplayRole)
        return r.name;
    if (role == Qt::ToolTipRole)
        return tr("Permissions: %1")
            .arg(permission::names(r.permissions).join(QStringLiteral(", ")));
    return {};
}

} // namespace zenml
