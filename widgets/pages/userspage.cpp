#include "userspage.h"

#include "item/userfilterproxy.h"
#include "item/usertablemodel.h"
#include "service/adminservice.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTableView>
#include <QToolTip>

namespace zenml::gui {

UsersPage::UsersPage(AdminService &service, UserTableModel *model, UserFilterProxy *proxy,
                     QWidget *parent)
    : EntityPage(service, EntityKind::User, model, proxy, parent)
    , m_service(service)
    , m_userProxy(proxy)
{
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("Active"));
    m_status->addItem(tr("Inactive"));
    addFilterWidget(m_status);
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role filter"));
    m_role->setToolTip(tr("Users who hold the role directly or through a team, in any scope"));
    addFilterWidget(m_role);
    fillRoles();
    if (service.profileKind() == ProfileKind::Server)
        view()->horizontalHeader()->viewport()->installEventFilter(this);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_userProxy->setActiveFilter(index == 0 ? std::nullopt : std::optional<bool>(index == 1));
    });
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_userProxy->setRoleFilter(m_role->currentData().toString()); });
    connect(&service, &AdminService::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Role)
            fillRoles();
    });
}

QString UsersPage::emailHeaderToolTip()
{
    //: The Email column's header on a server profile
    return tr("ZenML's user lists leave emails out: only the signed-in user's email, and "
              "emails typed on this computer, are shown here.");
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    QHeaderView *header = view()->horizontalHeader();
    if (watched == header->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (header->logicalIndexAt(help->pos()) == UserTableModel::Email) {
            QToolTip::showText(help->globalPos(), emailHeaderToolTip(), header);
            return true;
        }
    }
    return EntityPage::eventFilter(watched, event);
}

void UsersPage::fillRoles()
{
    const QString current = m_role->currentData().toString();
    QSignalBlocker block(m_role);
    m_role->clear();
    m_role->addItem(tr("Any role"), QString());
    if (auto roles = m_service.roles()) {
        QList<Role> sorted = *roles;
        std::sort(sorted.begin(), sorted.end(), [](const Role &a, const Role &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const Role &role : std::as_const(sorted))
            m_role->addItem(role.name, role.id);
    }
    const int index = m_role->findData(current);
    m_role->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_userProxy->setRoleFilter({});
}

} // namespace zenml::gui
