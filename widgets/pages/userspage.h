#pragma once

#include "entitypage.h"

class QComboBox;

namespace zenml {
class UserFilterProxy;
class UserTableModel;
} // namespace zenml

namespace zenml::gui {

// The Users page: the common page plus filters for status and role.
class UsersPage : public EntityPage
{
    Q_OBJECT
public:
    UsersPage(AdminService &service, UserTableModel *model, UserFilterProxy *proxy,
              QWidget *parent = nullptr);

    QComboBox *statusFilter() const { return m_status; }
    QComboBox *roleFilter() const { return m_role; }
    // The Email column header's tooltip on a server profile: why most emails are empty.
    static QString emailHeaderToolTip();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillRoles();

    AdminService &m_service;
    UserFilterProxy *m_userProxy;
    QComboBox *m_status = nullptr;
    QComboBox *m_role = nullptr;
};

} // namespace zenml::gui
