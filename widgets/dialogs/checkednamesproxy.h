#pragma once

#include <QIdentityProxyModel>
#include <QSet>
#include <QStringList>

namespace zenml::gui {

// Adds a check box to the first column of any of our models, checked when the row's name is in
// a set. Lets a picker over the shared 100,000-row user model hold its own selection.
class CheckedNamesProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QStringList checkedNames() const;
    void setCheckedNames(const QStringList &names);
    int checkedCount() const { return int(m_checked.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QSet<QString> m_checked;
};

} // namespace zenml::gui
