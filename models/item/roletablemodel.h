#pragma once

#include "domain/role.h"
#include "namedrowsmodel.h"

namespace zenml {

class RoleTableModel : public NamedRowsModel<Role>
{
    Q_OBJECT
public:
    enum Column { Name, Permissions, Holders, Created, Updated, ColumnCount };

    explicit RoleTableModel(AdminService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Role &roleAt(int row) const { return viewRow(row); }

protected:
    Result<int> load() override;
    bool storageLess(int a, int b, int column) const override;
    QString columnTitle(int section) const override;
};

} // namespace zenml
