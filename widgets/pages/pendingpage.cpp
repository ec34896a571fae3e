#include "pages/pendingpage.h"

#include "item/itemroles.h"
#include "item/pendingchangemodel.h"
#include "service/outboxservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace zenml::gui {

PendingPage::PendingPage(OutboxService &outbox, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_model(new PendingChangeModel(outbox, this))
    , m_tree(new QTreeView(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_drop(new QPushButton(tr("&Drop"), this))
    , m_openConflict(new QPushButton(tr("Open in &Conflicts"), this))
{
    setObjectName(QStringLiteral("pendingPage"));
    m_tree->setObjectName(QStringLiteral("pendingTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("pendingError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_retry->setObjectName(QStringLiteral("pendingRetry"));
    m_drop->setObjectName(QStringLiteral("pendingDrop"));
    m_openConflict->setObjectName(QStringLiteral("pendingOpenConflict"));
    m_retry->setToolTip(tr("Send the selected changes again on the next sync"));
    m_drop->setToolTip(tr("Forget the selected changes; the server's version of their rows "
                          "comes back"));
    m_openConflict->setToolTip(tr("Show the selected conflict side by side with the server's "
                                  "version, to keep yours or take theirs"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Changes waiting for the server. Expand one to see the "
                                     "request it sends."),
                                  this),
                       1);
    buttons->addWidget(m_openConflict);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_tree);
    connect(m_retry, &QPushButton::clicked, this, &PendingPage::retrySelected);
    connect(m_drop, &QPushButton::clicked, this, &PendingPage::dropSelected);
    connect(m_openConflict, &QPushButton::clicked, this, &PendingPage::openSelectedConflict);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingPage::updateButtons);
    reload();
}

void PendingPage::reload()
{
    m_model->refresh();
    m_error->setText(m_model->error());
    m_error->setVisible(!m_model->error().isEmpty());
    for (int c = 0; c < PendingChangeModel::LastError; ++c)
        m_tree->resizeColumnToContents(c);
    updateButtons();
}

QList<qint64> PendingPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        const qint64 id = index.data(itemrole::Id).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

qint64 PendingPage::selectedConflict() const
{
    for (const qint64 id : selectedIds()) {
        const PendingChange *change = m_model->changeAt(m_model->rowOf(id));
        if (change && change->operation.status == OutboxStatus::Conflict)
            return id;
    }
    return 0;
}

void PendingPage::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_retry->setEnabled(any);
    m_drop->setEnabled(any);
    m_openConflict->setEnabled(selectedConflict() > 0);
}

void PendingPage::retrySelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const Status s = m_outbox.retry(ids); !s)
        QMessageBox::warning(this, tr("Retry"), s.error().message);
    reload();
    Q_EMIT queueChanged();
}

void PendingPage::dropSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const Status s = m_outbox.drop(ids); !s)
        QMessageBox::warning(this, tr("Drop"), s.error().message);
    reload();
    Q_EMIT queueChanged();
}

void PendingPage::openSelectedConflict()
{
    if (const qint64 id = selectedConflict(); id > 0)
        Q_EMIT conflictRequested(id);
}

} // namespace zenml::gui
