#pragma once

#include "tablefilterproxy.h"

#include <QSet>
#include <optional>

namespace zenml {

class UserTableModel;

// The Users page's filter: the search (name, full name, email), a status and a role. A user
// holds a role when it is assigned to them or to a team they belong to, in any scope.
class UserFilterProxy : public TableFilterProxy
{
    Q_OBJECT
public:
    explicit UserFilterProxy(QObject *parent = nullptr);

    std::optional<bool> activeFilter() const { return m_active; }
    void setActiveFilter(std::optional<bool> active);

    QString roleFilter() const { return m_roleId; }
    // An empty id shows every user.
    void setRoleFilter(const QString &roleId);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void loadRoleHolders();

    UserTableModel *m_users = nullptr;
    std::optional<bool> m_active;
    QString m_roleId;
    QSet<QString> m_holders;
};

} // namespace zenml
