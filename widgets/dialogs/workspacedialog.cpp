#include "workspacedialog.h"

#include "domain/rules.h"
#include "fieldhint.h"
#include "item/namelookup.h"
#include "service/adminservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

WorkspaceDialog::WorkspaceDialog(AdminService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    build();
    setWindowTitle(tr("New workspace"));
    validate();
}

WorkspaceDialog::WorkspaceDialog(AdminService &service, const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_editing(true)
    , m_original(workspace)
{
    build();
    setWindowTitle(tr("Edit workspace %1").arg(workspace.name));
    m_name->setText(workspace.name);
    m_description->setPlainText(workspace.description);
    if (Status s = rules::canRenameWorkspace(workspace); !s) {
        m_name->setReadOnly(true);
        m_lockHint->show(s);
        m_lockHint->setVisible(true);
    }
    validate();
}

void WorkspaceDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_lockHint = new FieldHint({}, this);
    m_lockHint->setVisible(false);
    layout->addWidget(m_lockHint);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Workspace name"));
    m_nameHint = new FieldHint(tr("1 to %1 characters, unique.").arg(rules::kMaxNameLength), this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Workspace description"));
    m_description->setPlaceholderText(tr("What the workspace is for (optional)"));
    // Tab moves on to the buttons, as in every other field of the dialog.
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WorkspaceDialog::validate);
    setMinimumWidth(420);
}

void WorkspaceDialog::validate()
{
    const QString name = m_name->text();
    Status ok = rules::validateName(EntityKind::Workspace, name);
    if (ok) {
        auto taken = namelookup::taken(m_service, EntityKind::Workspace, name, m_original.id);
        if (!taken)
            ok = taken.error();
        else if (*taken)
            ok = Error::make(
                ErrorKind::AlreadyExists,
                tr("A workspace named '%1' already exists. Choose another name.").arg(name));
    }
    m_nameHint->show(m_name, ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok.ok());
}

QString WorkspaceDialog::name() const
{
    return m_name->text();
}

QString WorkspaceDialog::description() const
{
    return m_description->toPlainText();
}

bool WorkspaceDialog::isChanged() const
{
    return m_editing && (name() != m_original.name || description() != m_original.description);
}

} // namespace zenml::gui
