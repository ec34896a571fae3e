#include "teamdialog.h"

#include "checkednamesproxy.h"
#include "domain/rules.h"
#include "fieldhint.h"
#include "item/namelookup.h"
#include "item/tablefilterproxy.h"
#include "item/usertablemodel.h"
#include "service/adminservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

TeamDialog::TeamDialog(AdminService &service, StoreTableModel *users, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    build(users);
    setWindowTitle(tr("New team"));
    validate();
}

TeamDialog::TeamDialog(AdminService &service, StoreTableModel *users, const Team &team,
                       const QStringList &memberNames, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_editing(true)
    , m_original(team)
{
    build(users);
    setWindowTitle(tr("Edit team %1").arg(team.name));
    m_name->setText(team.name);
    m_checked->setCheckedNames(memberNames);
    validate();
}

void TeamDialog::build(StoreTableModel *users)
{
    if (!users) {
        auto *own = new UserTableModel(m_service, this);
        (void)own->reload();
        users = own;
    }
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Team name"));
    m_nameHint = new FieldHint(tr("1 to %1 characters, unique.").arg(rules::kMaxNameLength), this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search users by name, full name or email"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("&Members:"), m_search);
    layout->addLayout(form);

    m_filter = new TableFilterProxy(this);
    m_filter->setSourceModel(users);
    m_checked = new CheckedNamesProxy(this);
    m_checked->setSourceModel(m_filter);
    m_view = new QListView(this);
    m_view->setModel(m_checked);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Members"));
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TeamDialog::validate);
    connect(m_search, &QLineEdit::textChanged, m_filter, &TableFilterProxy::setSearchText);
    connect(m_checked, &CheckedNamesProxy::checkedChanged, this, [this] {
        m_count->setText(tr("%n member(s) chosen", nullptr, m_checked->checkedCount()));
    });
    m_count->setText(tr("%n member(s) chosen", nullptr, 0));
    resize(460, 520);
}

void TeamDialog::validate()
{
    const QString name = m_name->text();
    Status ok = rules::validateName(EntityKind::Team, name);
    if (ok) {
        auto taken = namelookup::taken(m_service, EntityKind::Team, name, m_original.id);
        if (!taken)
            ok = taken.error();
        else if (*taken)
            ok =
                Error::make(ErrorKind::AlreadyExists,
                            tr("A team named '%1' already exists. Choose another name.").arg(name));
    }
    m_nameHint->show(m_name, ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok.ok());
}

QString TeamDialog::name() const
{
    return m_name->text();
}

QStringList TeamDialog::members() const
{
    return m_checked->checkedNames();
}

} // namespace zenml::gui
