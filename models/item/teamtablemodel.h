#pragma once

#include "domain/team.h"
#include "storetablemodel.h"

namespace zenml {

class TeamTableModel : public StoreTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Members, Created, Updated, ColumnCount };

    explicit TeamTableModel(AdminService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Team &teamAt(int row) const;

protected:
    Result<int> load() override;
    QString storageId(int index) const override;
    QString storageName(int index) const override;
    bool storageLess(int a, int b, int column) const override;

private:
    QList<Team> m_teams;
};

} // namespace zenml
