#pragma once

#include "domain/role.h"
#include "storetablemodel.h"

namespace zenml {

class RoleTableModel : public StoreTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Permissions, Holders, Created, Updated, ColumnCount };

    explicit RoleTableModel(AdminService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Role &roleAt(int row) const;

protected:
    Result<int> load() override;
    QString storageId(int index) const override;
    QString storageName(int index) const override;
    bool storageLess(int a, int b, int column) const override;

private:
    QList<Role> m_roles;
    QList<int> m_holders; // assignments of each role, users and teams, every scope
};

} // namespace zenml
