#include "dialogs/invitedialog.h"

#include "domain/rules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

InviteDialog::InviteDialog(AdminService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Invite user"));
    setObjectName(QStringLiteral("inviteDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The user is created inactive. Once the invitation reaches the "
                                "server you get a link to send; with it the person sets a "
                                "password and activates the account."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Email:"), m_email);
    m_roles = new QListWidget(this);
    m_roles->setObjectName(QStringLiteral("roles"));
    m_roles->setMaximumHeight(140);
    m_roles->setAccessibleName(tr("Roles"));
    form->addRow(tr("&Roles:"), m_roles);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rolesSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (auto roles = m_service.roles(); roles) {
        for (const Role &role : *roles) {
            auto *item = new QListWidgetItem(role.name, m_roles);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(role.name == kDefaultRole ? Qt::Checked : Qt::Unchecked);
        }
    }
    connect(m_name, &QLineEdit::textChanged, this, &InviteDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &InviteDialog::validate);
    connect(m_roles, &QListWidget::itemChanged, this, &InviteDialog::validate);
    validate();
}

QStringList InviteDialog::checkedRoles() const
{
    QStringList out;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            out << m_roles->item(i)->text();
    }
    return out;
}

UserDraft InviteDialog::draft() const
{
    UserDraft d;
    d.name = m_name->text().trimmed();
    d.fullName = m_fullName->text().trimmed();
    d.email = m_email->text().trimmed();
    d.roles = checkedRoles();
    return d;
}

bool InviteDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void InviteDialog::validate()
{
    const QStringList roles = checkedRoles();
    m_summary->setText(roles.isEmpty()
                           ? tr("No role: the user can sign in but see nothing until a role is "
                                "assigned.")
                           : tr("Will have: %1").arg(roles.join(QStringLiteral(", "))));
    QString problem;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        problem = tr("Enter a name.");
    else if (Status s = rules::validateName(EntityKind::User, name); !s)
        problem = s.error().message;
    else if (Status s = rules::validateEmail(m_email->text().trimmed()); !s)
        problem = s.error().message;
    else if (auto existing = m_service.resolve(EntityKind::User, name);
             existing && existing->name == name)
        problem = tr("A user named '%1' exists already.").arg(name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !name.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace zenml::gui
