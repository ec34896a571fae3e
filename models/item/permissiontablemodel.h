#pragma once

#include "domain/permission.h"
#include "storetablemodel.h"

namespace zenml {

// The fixed permissions (read, write, me), what each allows and the roles that grant it.
class PermissionTableModel : public StoreTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Description, Roles, ColumnCount };

    explicit PermissionTableModel(AdminService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Permission permissionAt(int row) const;
    QStringList rolesAt(int row) const;

protected:
    Result<int> load() override;
    QString storageId(int index) const override;
    QString storageName(int index) const override;
    bool storageLess(int a, int b, int column) const override;

private:
    QList<QStringList> m_roles; // per permission, the names of the roles granting it
};

} // namespace zenml
