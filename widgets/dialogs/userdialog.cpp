#include "userdialog.h"

#include "domain/rules.h"
#include "fieldhint.h"
#include "item/namelookup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

UserDialog::UserDialog(AdminService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    build();
    setWindowTitle(tr("New user"));
    validate();
}

UserDialog::UserDialog(AdminService &service, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_editing(true)
    , m_original(user)
{
    build();
    setWindowTitle(tr("Edit user %1").arg(user.name));
    m_name->setText(user.name);
    m_fullName->setText(user.fullName);
    m_email->setText(user.email);
    m_active->setChecked(user.active);
    if (rules::isDefaultUser(user.name)) {
        // Say why instead of only greying out.
        m_name->setReadOnly(true);
        m_active->setEnabled(false);
        m_activeHint->show(rules::canRenameUser(user));
    }
    validate();
}

void UserDialog::build()
{
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("User name"));
    m_nameHint = new FieldHint(tr("Used to sign in. 1 to %1 characters, unique, no leading or "
                                  "trailing spaces.")
                                   .arg(rules::kMaxNameLength),
                               this);
    m_fullName = new QLineEdit(this);
    m_fullName->setAccessibleName(tr("Full name"));
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("Email"));
    m_emailHint = new FieldHint(tr("Optional."), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordHint = new FieldHint(
        m_editing ? tr("Leave empty to keep the current password.")
                  : tr("Leave empty to create an inactive user who is invited to set one."),
        this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailHint);
    form->addRow(m_editing ? tr("New &password:") : tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordHint);

    m_active = new QCheckBox(tr("&Active (may sign in)"), this);
    m_activeHint = new FieldHint({}, this);
    m_roles = new QListWidget(this);
    m_roles->setAccessibleName(tr("Initial roles"));
    if (m_editing) {
        form->addRow(QString(), m_active);
        form->addRow(QString(), m_activeHint);
        m_roles->hide();
    } else {
        m_active->hide();
        m_activeHint->hide();
        if (auto names = namelookup::names(m_service, EntityKind::Role)) {
            for (const QString &name : *names) {
                auto *item = new QListWidgetItem(name, m_roles);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        m_roles->setMaximumHeight(120);
        form->addRow(tr("Initial &roles:"), m_roles);
        form->addRow(QString(),
                     new FieldHint(tr("Assigned globally when the user is created."), this));
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
    setMinimumWidth(460);
}

void UserDialog::validate()
{
    const QString name = m_name->text();
    Status nameOk = rules::validateName(EntityKind::User, name);
    if (nameOk) {
        auto taken = namelookup::taken(m_service, EntityKind::User, name, m_original.id);
        if (!taken)
            nameOk = taken.error();
        else if (*taken)
            nameOk =
                Error::make(ErrorKind::AlreadyExists,
                            tr("A user named '%1' already exists. Choose another name.").arg(name));
    }
    m_nameHint->show(m_name, nameOk);
    m_emailHint->show(rules::validateEmail(m_email->text().trimmed()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

bool UserDialog::isValid() const
{
    return !m_nameHint->hasProblem() && !m_emailHint->hasProblem();
}

UserDraft UserDialog::draft() const
{
    UserDraft d;
    d.name = m_name->text();
    d.fullName = m_fullName->text().trimmed();
    d.email = m_email->text().trimmed();
    if (!m_password->text().isEmpty())
        d.password = m_password->text();
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            d.roles << m_roles->item(i)->text();
    }
    return d;
}

UserChanges UserDialog::changes() const
{
    UserChanges c;
    if (m_name->text() != m_original.name)
        c.name = m_name->text();
    if (m_fullName->text().trimmed() != m_original.fullName)
        c.fullName = m_fullName->text().trimmed();
    if (m_email->text().trimmed() != m_original.email)
        c.email = m_email->text().trimmed();
    if (m_active->isChecked() != m_original.active)
        c.active = m_active->isChecked();
    if (!m_password->text().isEmpty())
        c.password = m_password->text();
    return c;
}

} // namespace zenml::gui
