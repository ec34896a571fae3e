#pragma once

#include "domain/error.h"
#include "domain/role.h"
#include "domain/roleassignment.h"

#include <QAbstractTableModel>
#include <QBitArray>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace zenml {

class AdminService;
class StoreTableModel;

// Users (or teams) as rows, roles as columns, a check box per cell: does the subject hold the role
// in the chosen scope (global, or one workspace)? Rows follow the subject model it is given
// (shared with the Users or Teams page, so 100,000 users are held once). Checking a cell assigns
// the role, clearing it revokes; the GUI installs a toggle handler so that the change goes
// through its undo stack.
class RoleMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Column 0 is the subject's name; role columns follow.
    enum { SubjectColumn = 0, FirstRoleColumn = 1 };
    using ToggleHandler =
        std::function<Status(SubjectKind kind, const QString &subjectName, const QString &roleName,
                             const QString &workspace, bool assign)>;

    RoleMatrixModel(AdminService &service, SubjectKind kind, StoreTableModel *subjects,
                    QObject *parent = nullptr);

    SubjectKind subjectKind() const { return m_kind; }
    StoreTableModel *subjects() const { return m_subjects; }
    void setToggleHandler(ToggleHandler handler) { m_toggle = std::move(handler); }

    // The workspace id of the scope; empty for global assignments.
    QString workspaceId() const { return m_workspaceId; }
    QString workspaceName() const { return m_workspaceName; }
    Status setWorkspace(const QString &workspaceId);

    Status reload();
    bool holds(int row, int roleColumn) const;
    const Role &roleAt(int column) const;
    int columnOfRole(const QString &roleName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void toggleFailed(const QString &message);

private:
    Status loadAssignments();

    AdminService &m_service;
    SubjectKind m_kind;
    QPointer<StoreTableModel> m_subjects;
    ToggleHandler m_toggle;
    QString m_workspaceId;
    QString m_workspaceName;
    QList<Role> m_roles;
    QHash<QString, int> m_roleIndex;  // role id → column - FirstRoleColumn
    QHash<QString, QBitArray> m_held; // subject id → the roles it holds in the scope
    QTimer m_reloadTimer;
    bool m_resetting = false;
    bool m_loaded = false; // reloads on changes only once it has been shown
};

} // namespace zenml
