#pragma once

#include "domain/team.h"
#include "namedrowsmodel.h"

namespace zenml {

class TeamTableModel : public NamedRowsModel<Team>
{
    Q_OBJECT
public:
    enum Column { Name, Members, Created, Updated, ColumnCount };

    explicit TeamTableModel(AdminService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Team &teamAt(int row) const { return viewRow(row); }

protected:
    Result<int> load() override;
    bool storageLess(int a, int b, int column) const override;
    QString columnTitle(int section) const override;
};

} // namespace zenml
