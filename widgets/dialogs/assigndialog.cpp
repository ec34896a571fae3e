#include "assigndialog.h"

#include "fieldhint.h"
#include "item/namelookup.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zenml::gui {

AssignDialog::AssignDialog(AdminService &service, Mode mode, SubjectKind kind,
                           const QStringList &subjects, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_fixed(subjects)
    , m_fixedKind(kind)
{
    setWindowTitle(mode == Assign ? tr("Assign a role") : tr("Revoke a role"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (m_fixed.isEmpty()) {
        auto *kinds = new QHBoxLayout;
        m_userButton = new QRadioButton(tr("&User"), this);
        m_teamButton = new QRadioButton(tr("&Team"), this);
        (kind == SubjectKind::User ? m_userButton : m_teamButton)->setChecked(true);
        kinds->addWidget(m_userButton);
        kinds->addWidget(m_teamButton);
        kinds->addStretch();
        form->addRow(tr("For a:"), kinds);
        m_subject = new QLineEdit(this);
        m_subject->setAccessibleName(tr("User or team name"));
        m_subjectHint = new FieldHint(tr("The exact name of the user or team."), this);
        form->addRow(tr("&Name:"), m_subject);
        form->addRow(QString(), m_subjectHint);
        connect(m_subject, &QLineEdit::textChanged, this, &AssignDialog::validate);
        connect(m_userButton, &QRadioButton::toggled, this, &AssignDialog::validate);
    } else {
        QStringList shown = m_fixed.mid(0, 8);
        if (m_fixed.size() > 8)
            shown << tr("… and %n more", nullptr, int(m_fixed.size() - 8));
        auto *who = new QLabel(shown.join(QStringLiteral(", ")), this);
        who->setWordWrap(true);
        form->addRow(kind == SubjectKind::User ? tr("Users:") : tr("Teams:"), who);
    }
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    if (auto names = namelookup::names(m_service, EntityKind::Role))
        m_role->addItems(*names);
    m_roleHint = new FieldHint({}, this);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleHint);
    m_workspace = new QComboBox(this);
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->addItem(tr("Global (every workspace)"), QString());
    if (auto names = namelookup::names(m_service, EntityKind::Workspace)) {
        for (const QString &name : *names)
            m_workspace->addItem(name, name);
    }
    form->addRow(tr("&Scope:"), m_workspace);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Assign ? tr("Assign") : tr("Revoke"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AssignDialog::validate);
    setMinimumWidth(400);
    validate();
}

SubjectKind AssignDialog::kind() const
{
    if (!m_userButton)
        return m_fixedKind;
    return m_userButton->isChecked() ? SubjectKind::User : SubjectKind::Team;
}

void AssignDialog::validate()
{
    bool ok = true;
    if (m_subject) {
        const EntityKind entity = kind() == SubjectKind::User ? EntityKind::User : EntityKind::Team;
        const QString name = m_subject->text().trimmed();
        Status found;
        if (name.isEmpty()) {
            found = Error::make(ErrorKind::Usage,
                                tr("Enter the name of a %1.").arg(entitykind::displayName(entity)));
        } else if (auto exists = namelookup::taken(m_service, entity, name); !exists) {
            found = exists.error();
        } else if (!*exists) {
            found =
                Error::make(ErrorKind::NotFound,
                            tr("No %1 is named '%2'.").arg(entitykind::displayName(entity), name));
        }
        ok = m_subjectHint->show(found);
    }
    Status role;
    if (m_role->count() == 0)
        role = Error::make(ErrorKind::NotFound, tr("There are no roles yet. Create one first."));
    ok = m_roleHint->show(role) && ok;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

AssignmentTarget AssignDialog::target() const
{
    AssignmentTarget t;
    t.role = m_role->currentText();
    t.workspace = m_workspace->currentData().toString();
    const QStringList subjects = m_subject ? QStringList{m_subject->text().trimmed()} : m_fixed;
    (kind() == SubjectKind::User ? t.users : t.teams) = subjects;
    return t;
}

} // namespace zenml::gui
