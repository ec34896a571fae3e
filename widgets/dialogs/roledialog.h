#pragma once

#include "domain/role.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace zenml {
class AdminService;
}

namespace zenml::gui {

class FieldHint;

// Create or edit a role: a name and a check box per permission, each with a line on what it
// allows. A built-in role opens read-only, saying why.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    RoleDialog(AdminService &service, QWidget *parent = nullptr);
    RoleDialog(AdminService &service, const Role &role, QWidget *parent = nullptr);

    QString name() const;
    Permissions permissions() const;
    const Role &original() const { return m_original; }
    bool isEdit() const { return m_editing; }

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *permissionBox(Permission p) const { return m_boxes.value(p); }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void build();
    void validate();

    AdminService &m_service;
    bool m_editing = false;
    bool m_locked = false;
    Role m_original;
    QLineEdit *m_name = nullptr;
    FieldHint *m_nameHint = nullptr;
    FieldHint *m_lockHint = nullptr;
    QMap<Permission, QCheckBox *> m_boxes;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
