#pragma once

#include "domain/roleassignment.h"
#include "storetablemodel.h"

namespace zenml {

// Every user and team role assignment, with the names a person reads.
class AssignmentTableModel : public StoreTableModel
{
    Q_OBJECT
public:
    enum Column { Subject, SubjectType, Role, Workspace, Created, ColumnCount };

    explicit AssignmentTableModel(AdminService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool rowMatches(int row, const QString &lowerNeedle) const override;

    // One assignment as the page shows it. The names are shared between rows (a user with two
    // roles holds one copy of their name), which keeps 150,000 rows to a few megabytes.
    struct Entry
    {
        SubjectKind kind = SubjectKind::User;
        QString subject;
        QString role;
        QString workspace; // empty: global
        qint64 created = 0;
    };
    const Entry &entryAt(int row) const;

protected:
    Result<int> load() override;
    QString storageId(int index) const override;
    QString storageName(int index) const override;
    bool storageLess(int a, int b, int column) const override;

private:
    QList<Entry> m_rows;
};

} // namespace zenml
