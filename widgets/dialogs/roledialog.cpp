#include "roledialog.h"

#include "domain/rules.h"
#include "fieldhint.h"
#include "item/namelookup.h"
#include "service/adminservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

RoleDialog::RoleDialog(AdminService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    build();
    setWindowTitle(tr("New role"));
    validate();
}

RoleDialog::RoleDialog(AdminService &service, const Role &role, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_editing(true)
    , m_original(role)
{
    build();
    setWindowTitle(tr("Edit role %1").arg(role.name));
    m_name->setText(role.name);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(role.permissions.testFlag(it.key()));
    if (Status s = rules::canModifyRole(role); !s) {
        m_locked = true;
        m_name->setReadOnly(true);
        for (QCheckBox *box : std::as_const(m_boxes))
            box->setEnabled(false);
        m_lockHint->show(s);
        m_lockHint->setVisible(true);
    }
    validate();
}

void RoleDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_lockHint = new FieldHint({}, this);
    m_lockHint->setVisible(false);
    layout->addWidget(m_lockHint);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Role name"));
    m_nameHint = new FieldHint(tr("1 to %1 characters, unique.").arg(rules::kMaxNameLength), this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    layout->addLayout(form);

    auto *group = new QGroupBox(tr("Permissions"), this);
    auto *groupLayout = new QVBoxLayout(group);
    for (Permission p : permission::all()) {
        auto *box = new QCheckBox(permission::name(p), group);
        box->setAccessibleName(tr("Permission %1").arg(permission::name(p)));
        box->setAccessibleDescription(permission::description(p));
        auto *line = new QLabel(permission::description(p), group);
        line->setWordWrap(true);
        line->setIndent(24);
        line->setForegroundRole(QPalette::PlaceholderText);
        groupLayout->addWidget(box);
        groupLayout->addWidget(line);
        m_boxes.insert(p, box);
    }
    layout->addWidget(group);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RoleDialog::validate);
    setMinimumWidth(420);
}

void RoleDialog::validate()
{
    const QString name = m_name->text();
    Status ok = rules::validateName(EntityKind::Role, name);
    if (ok) {
        auto taken = namelookup::taken(m_service, EntityKind::Role, name, m_original.id);
        if (!taken)
            ok = taken.error();
        else if (*taken)
            ok =
                Error::make(ErrorKind::AlreadyExists,
                            tr("A role named '%1' already exists. Choose another name.").arg(name));
    }
    m_nameHint->show(m_name, ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok.ok() && !m_locked);
}

QString RoleDialog::name() const
{
    return m_name->text();
}

Permissions RoleDialog::permissions() const
{
    Permissions set;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            set |= it.key();
    }
    return set;
}

} // namespace zenml::gui
