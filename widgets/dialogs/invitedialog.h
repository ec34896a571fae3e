#pragma once

#include "service/adminservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace zenml::gui {

// "Invite user": a name, optional full name and email, and the roles the user will have. No
// password: the invitee sets it through the link. Unlike the zenml CLI (which defaults to
// admin) the role list starts with only "guest" checked, and the summary under it always says
// what will be assigned.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteDialog(AdminService &service, QWidget *parent = nullptr);

    UserDraft draft() const;
    QStringList checkedRoles() const;
    bool isValid() const;

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *rolesList() const { return m_roles; }
    QLabel *rolesSummary() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    static inline const QString kDefaultRole = QStringLiteral("guest");

private:
    void validate();

    AdminService &m_service;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_email = nullptr;
    QListWidget *m_roles = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
