#include "pages/invitationspage.h"

#include "commands/prompter.h"
#include "item/invitationtablemodel.h"
#include "service/invitationservice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>
#include <utility>

namespace zenml::gui {

using Column = InvitationTableModel::Column;

InvitationsPage::InvitationsPage(InvitationService &invitations, Prompter &prompter,
                                 QWidget *parent)
    : QWidget(parent)
    , m_invitations(invitations)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("invitationsPage"));
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_model = new InvitationTableModel(m_invitations, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InvitationTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invitations"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Every column as wide as its content (the Link column's "not on this computer" must not
    // be cut); the roles take what is left.
    for (int column : {Column::Name, Column::Link, Column::Age})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Youngest first, as the service lists them; sortable by any column.
    m_view->horizontalHeader()->setSortIndicator(Column::Age, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    layout->addWidget(m_view, 1);
    m_elsewhere = new QLabel(this);
    m_elsewhere->setObjectName(QStringLiteral("elsewhereHint"));
    m_elsewhere->setWordWrap(true);
    //: Below the invitations, when some have no link on this computer
    m_elsewhere->setText(
        tr("Users marked \"not on this computer\" were invited elsewhere (the web dashboard, "
           "another computer), or this computer's keychain lost their link. Select them and "
           "press Regenerate to make a new link here (the old link stops working), or Revoke "
           "to delete the inactive user."));
    m_elsewhere->hide();
    layout->addWidget(m_elsewhere);

    auto *buttons = new QHBoxLayout;
    auto *invite = new QPushButton(tr("&Invite user…"), this);
    invite->setObjectName(QStringLiteral("invite"));
    m_show = new QPushButton(tr("&Show link…"), this);
    m_show->setObjectName(QStringLiteral("showLink"));
    m_copy = new QPushButton(tr("&Copy link"), this);
    m_copy->setObjectName(QStringLiteral("copyLinks"));
    m_regenerate = new QPushButton(tr("&Regenerate…"), this);
    m_regenerate->setObjectName(QStringLiteral("regenerate"));
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    for (QPushButton *b : {invite, m_show, m_copy, m_regenerate, m_revoke})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(invite, &QPushButton::clicked, this, &InvitationsPage::inviteRequested);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1) {
            const Invitation &inv = m_model->invitationAt(rows.first());
            Q_EMIT linkRequested(inv.user.id, inv.user.name);
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &InvitationsPage::copySelection);
    connect(m_regenerate, &QPushButton::clicked, this, &InvitationsPage::regenerateSelection);
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsPage::revokeSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvitationsPage::updateButtons);
    // A link that arrives for a selected row enables Copy.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &InvitationsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InvitationsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InvitationsPage::updateButtons);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT linkRequested(index.data(itemrole::Id).toString(),
                             index.data(itemrole::Name).toString());
    });
    // A reload keeps its rows; only a reset (rows reordered) loses the selection: it comes back
    // by user id. Connected after setModel(), so this runs after the selection model's reset.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedBeforeReset = {selectedIds(), selectedNames()};
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        restoreSelection(std::exchange(m_selectedBeforeReset, {}));
        updateButtons();
    });
    connect(m_model, &InvitationTableModel::loadFailed, this, &InvitationsPage::showNotice);
    reload();
}

QAbstractItemView *InvitationsPage::view() const
{
    return m_view;
}

void InvitationsPage::setClock(std::function<QDateTime()> clock)
{
    m_model->setClock(std::move(clock));
}

QString InvitationsPage::regenerateQuestion(int users, bool anyActive)
{
    QString text = tr("Make a new invitation link for %n user(s)? The old link stops working.",
                      nullptr, users);
    if (anyActive)
        text += QLatin1Char(' ') + tr("An active account becomes inactive until activated with "
                                      "the new link.");
    return text;
}

void InvitationsPage::reload()
{
    (void)m_model->reload(); // an error comes as loadFailed, into the notice
    updateButtons();
}

void InvitationsPage::selectUsers(const QStringList &names)
{
    selectWhere([&names](const QModelIndex &index) {
        return names.contains(index.data(itemrole::Name).toString());
    });
}

void InvitationsPage::restoreSelection(const SavedSelection &saved)
{
    // By id; a user whose temporary id became the server's in the same reload, by its name.
    QStringList names;
    for (int i = 0; i < saved.ids.size(); ++i) {
        if (m_model->rowOf(saved.ids.at(i)) < 0)
            names << saved.names.value(i);
    }
    selectWhere([&](const QModelIndex &index) {
        return saved.ids.contains(index.data(itemrole::Id).toString()) ||
               names.contains(index.data(itemrole::Name).toString());
    });
}

void InvitationsPage::selectWhere(const std::function<bool(const QModelIndex &)> &pick)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, Column::Name);
        if (pick(index))
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

QList<int> InvitationsPage::selectedRows() const
{
    QModelIndexList shown = m_view->selectionModel()->selectedRows(Column::Name);
    std::sort(shown.begin(), shown.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex &index : std::as_const(shown))
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

QStringList InvitationsPage::selectedIds() const
{
    QStringList out;
    for (int row : selectedRows())
        out << m_model->invitationAt(row).user.id;
    return out;
}

QStringList InvitationsPage::selectedNames() const
{
    QStringList out;
    for (int row : selectedRows())
        out << m_model->invitationAt(row).user.name;
    return out;
}

void InvitationsPage::updateButtons()
{
    bool elsewhere = false;
    for (int row = 0; row < m_model->rowCount() && !elsewhere; ++row)
        elsewhere = m_model->invitationAt(row).link == LinkState::Missing;
    m_elsewhere->setVisible(elsewhere);
    const QList<int> rows = selectedRows();
    const bool anyHeld = std::any_of(rows.begin(), rows.end(), [this](int row) {
        return m_model->invitationAt(row).link == LinkState::Held;
    });
    m_show->setEnabled(rows.size() == 1);
    m_copy->setEnabled(anyHeld);
    m_regenerate->setEnabled(!rows.isEmpty());
    m_revoke->setEnabled(!rows.isEmpty());
}

void InvitationsPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void InvitationsPage::copySelection()
{
    QStringList ids;
    for (int row : selectedRows()) {
        const Invitation &inv = m_model->invitationAt(row);
        if (inv.link == LinkState::Held)
            ids << inv.user.id;
    }
    if (ids.isEmpty())
        return;
    // The links come from the keychain one by one; the clipboard gets them all at once.
    struct Pending
    {
        QStringList links;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->waiting = int(ids.size());
    for (const QString &id : ids) {
        m_invitations.fetchLink(id, this, [this, pending](const auto &link) {
            if (link && link.value())
                pending->links << *link.value();
            if (--pending->waiting > 0)
                return;
            if (pending->links.isEmpty()) {
                showNotice(tr("The keychain holds no link for the selection any more."));
                return;
            }
            QGuiApplication::clipboard()->setText(pending->links.join(QLatin1Char('\n')));
            showNotice(
                tr("Copied %n link(s) to the clipboard.", nullptr, int(pending->links.size())));
            Q_EMIT copied(int(pending->links.size()));
        });
    }
}

bool InvitationsPage::regenerateSelection()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return false;
    bool anyActive = false;
    for (int row : selectedRows())
        anyActive = anyActive || m_model->invitationAt(row).user.active;
    if (!m_prompter.confirm(this, tr("Regenerate invitation links"),
                            regenerateQuestion(int(names.size()), anyActive),
                            names.join(QLatin1Char('\n'))))
        return false;
    if (Status s = m_invitations.regenerate(names); !s) {
        m_prompter.showError(this, tr("Regenerate invitation links"), s.error().message);
        return false;
    }
    showNotice(tr("New links are requested; they appear after the next sync."));
    return true;
}

bool InvitationsPage::revokeSelection()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return false;
    if (!m_prompter.confirm(this, tr("Revoke invitations"),
                            tr("Revoke %n invitation(s)? The inactive users are deleted and their "
                               "links stop working.",
                               nullptr, int(names.size())),
                            names.join(QLatin1Char('\n'))))
        return false;
    if (Status s = m_invitations.revoke(names); !s) {
        m_prompter.showError(this, tr("Revoke invitations"), s.error().message);
        return false;
    }
    return true;
}

} // namespace zenml::gui
