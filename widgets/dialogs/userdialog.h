#pragma once

#include "service/adminservice.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace zenml::gui {

class FieldHint;

// Create a user, or edit one. Every field is checked as it is typed against the server's rules,
// and the OK button stays off until all of them hold.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // Create mode.
    UserDialog(AdminService &service, QWidget *parent = nullptr);
    // Edit mode.
    UserDialog(AdminService &service, const User &user, QWidget *parent = nullptr);

    bool isEdit() const { return m_editing; }
    UserDraft draft() const;     // create mode
    UserChanges changes() const; // edit mode: only what differs
    const User &original() const { return m_original; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QListWidget *rolesList() const { return m_roles; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isValid() const;

private:
    void build();
    void validate();

    AdminService &m_service;
    bool m_editing = false;
    User m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_active = nullptr;
    QListWidget *m_roles = nullptr;
    FieldHint *m_nameHint = nullptr;
    FieldHint *m_emailHint = nullptr;
    FieldHint *m_passwordHint = nullptr;
    FieldHint *m_activeHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
