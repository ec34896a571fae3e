#include "pages/pendingpage.h"

#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "store/workspacetable.h"
#include "sync/idtranslator.h"
#include "sync/pendingqueue.h"
#include "sync/synclock.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenml::gui {

namespace {
enum Column { Number, Operation, Row, StatusColumn, Attempts, LastError, ColumnCount };

QString statusText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return PendingPage::tr("Pending");
    case OutboxStatus::InFlight:
        return PendingPage::tr("Sending");
    case OutboxStatus::Done:
        return PendingPage::tr("Done");
    case OutboxStatus::Failed:
        return PendingPage::tr("Failed");
    case OutboxStatus::Conflict:
        return PendingPage::tr("Conflict");
    }
    return {};
}

// A name from the mirror for an id as queued (local, or the server's once its create was sent).
QString nameOf(NamedTable &table, const sync::IdTranslator &ids, const QString &id)
{
    auto ref = table.refById(ids.toServer(id));
    return ref && ref->has_value() ? ref->value().name : QString();
}

// An assignment by the names of its subject, role and workspace ("yann → auditors"): from the
// mirror's row, or for a revoke (its row is gone) from the ids the operation carries. Empty
// when a name cannot be found (a row a pull removed).
QString assignmentText(LocalStore &store, const sync::IdTranslator &ids, const OutboxOperation &op)
{
    const SubjectKind kind =
        op.entityKind == EntityKind::UserRoleAssignment ? SubjectKind::User : SubjectKind::Team;
    QString subjectId = op.payload.value(QStringLiteral("subject")).toString();
    QString roleId = op.payload.value(QStringLiteral("role")).toString();
    QString workspaceId = op.payload.value(QStringLiteral("workspace")).toString();
    auto row = store.assignments().byId(kind, ids.toServer(op.entityId));
    if (row && row->has_value()) {
        subjectId = (*row)->subjectId;
        roleId = (*row)->roleId;
        workspaceId = (*row)->workspaceId;
    }
    NamedTable &subjects = kind == SubjectKind::User ? static_cast<NamedTable &>(store.users())
                                                     : static_cast<NamedTable &>(store.teams());
    const QString subject = nameOf(subjects, ids, subjectId);
    const QString role = nameOf(store.roles(), ids, roleId);
    if (subject.isEmpty() || role.isEmpty())
        return {};
    if (workspaceId.isEmpty())
        //: A queued role assignment: user or team name → role name
        return PendingPage::tr("%1 → %2").arg(subject, role);
    const QString workspace = nameOf(store.workspaces(), ids, workspaceId);
    //: A queued role assignment in one workspace: user or team name → role name in workspace
    return PendingPage::tr("%1 → %2 in %3")
        .arg(subject, role, workspace.isEmpty() ? workspaceId : workspace);
}

// What the Row column shows: the row's name, the names of an assignment, else the local id.
QString rowText(LocalStore &store, const sync::IdTranslator &ids, const sync::PendingEntry &e)
{
    if (!e.entityName.isEmpty())
        return e.entityName;
    const OutboxOperation &op = e.operation;
    if (op.entityKind == EntityKind::UserRoleAssignment ||
        op.entityKind == EntityKind::TeamRoleAssignment) {
        if (QString text = assignmentText(store, ids, op); !text.isEmpty())
            return text;
    }
    return op.entityId;
}
} // namespace

PendingPage::PendingPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tree(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_drop(new QPushButton(tr("&Drop"), this))
{
    setObjectName(QStringLiteral("pendingPage"));
    m_tree->setObjectName(QStringLiteral("pendingTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("#"), tr("Change"), tr("Row"), tr("Status"), tr("Attempts"), tr("Last error")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setStretchLastSection(true);
    m_retry->setObjectName(QStringLiteral("pendingRetry"));
    m_drop->setObjectName(QStringLiteral("pendingDrop"));
    m_retry->setToolTip(tr("Send the selected changes again on the next sync"));
    m_drop->setToolTip(tr("Forget the selected changes; the server's version of their rows "
                          "comes back"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Changes waiting for the server. Expand one to see the "
                                     "request it sends."),
                                  this),
                       1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    connect(m_retry, &QPushButton::clicked, this, &PendingPage::retrySelected);
    connect(m_drop, &QPushButton::clicked, this, &PendingPage::dropSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &PendingPage::updateButtons);
    reload();
}

void PendingPage::reload()
{
    m_tree->clear();
    auto entries = sync::PendingQueue(m_store).list();
    if (!entries) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Operation, entries.error().message);
        return;
    }
    // A change queued offline keeps the local id of its row; once pushed, the row has the
    // server's. The map finds it, so that an assignment can be named.
    auto loaded = sync::IdTranslator::load(m_store.database());
    const sync::IdTranslator ids = loaded ? *loaded : sync::IdTranslator();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const sync::PendingEntry &e : *entries) {
        const OutboxOperation &op = e.operation;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(Number, Qt::UserRole, op.id);
        item->setText(Number, QString::number(op.id));
        item->setText(Operation, op.operation);
        item->setText(Row, rowText(m_store, ids, e));
        item->setToolTip(Row, op.entityId);
        item->setText(StatusColumn, statusText(op.status));
        item->setText(Attempts, QString::number(op.attempts));
        item->setText(LastError, op.lastError);
        item->setToolTip(LastError, op.lastError);
        auto *request = new QTreeWidgetItem(item);
        request->setFlags(Qt::ItemIsEnabled);
        request->setText(Operation, e.request);
        request->setFont(Operation, mono);
        request->setFirstColumnSpanned(false);
    }
    for (int c = 0; c < LastError; ++c)
        m_tree->resizeColumnToContents(c);
    updateButtons();
}

QList<qint64> PendingPage::selectedIds() const
{
    QList<qint64> ids;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        QTreeWidgetItem *top = item->parent() ? item->parent() : item;
        const qint64 id = top->data(Number, Qt::UserRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void PendingPage::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_retry->setEnabled(any);
    m_drop->setEnabled(any);
}

void PendingPage::retrySelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Not while another process's sync (the command line's) may be sending these changes.
    auto lock = sync::takeSyncLock(m_store, true);
    const Status s = lock ? sync::PendingQueue(m_store).retry(ids) : Status(lock.error());
    if (!s)
        QMessageBox::warning(this, tr("Retry"), s.error().message);
    reload();
    Q_EMIT queueChanged();
}

void PendingPage::dropSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Not while another process's sync (the command line's) may be sending these changes.
    auto lock = sync::takeSyncLock(m_store, true);
    const Status s = lock ? sync::PendingQueue(m_store).drop(ids) : Status(lock.error());
    if (!s)
        QMessageBox::warning(this, tr("Drop"), s.error().message);
    reload();
    Q_EMIT queueChanged();
}

} // namespace zenml::gui
