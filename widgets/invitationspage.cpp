#include "invitationspage.h"

#include "prompter.h"
#include "service/invitationservice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace zenml::gui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kHeldRole = Qt::UserRole + 2;
constexpr int kActiveRole = Qt::UserRole + 3;
} // namespace

InvitationsPage::InvitationsPage(InvitationService &invitations, Prompter &prompter,
                                 QWidget *parent)
    : QWidget(parent)
    , m_invitations(invitations)
    , m_prompter(prompter)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("invitationsPage"));
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("invitations"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({tr("Name"), tr("Link"), tr("Age"), tr("Roles")});
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

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
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT linkRequested(ids.first(), selectedNames().first());
    });
    connect(m_copy, &QPushButton::clicked, this, &InvitationsPage::copySelection);
    connect(m_regenerate, &QPushButton::clicked, this, &InvitationsPage::regenerateSelection);
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsPage::revokeSelection);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &InvitationsPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT linkRequested(item->data(Name, kIdRole).toString(), item->text(Name));
    });
    connect(&m_invitations, &InvitationService::invitationsChanged, this, &InvitationsPage::reload);
    reload();
}

QString InvitationsPage::ageText(const QDateTime &since, const QDateTime &now)
{
    const qint64 secs = since.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s)", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n hour(s)", nullptr, int(secs / 3600));
    return tr("%n day(s)", nullptr, int(secs / 86400));
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
    const QStringList selected = selectedNames();
    m_tree->clear();
    auto list = m_invitations.invitations();
    if (!list) {
        showNotice(list.error().message);
        return;
    }
    const QDateTime now = m_clock();
    for (const Invitation &inv : *list) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Name, inv.user.name);
        item->setData(Name, kIdRole, inv.user.id);
        item->setData(Name, kHeldRole, inv.link == LinkState::Held);
        item->setData(Name, kActiveRole, inv.user.active);
        switch (inv.link) {
        case LinkState::Held:
            item->setText(Link, tr("held"));
            break;
        case LinkState::AfterSync:
            item->setText(Link, tr("available after sync"));
            break;
        case LinkState::Missing:
            item->setText(Link, tr("not on this computer: regenerate"));
            break;
        }
        item->setText(Age, ageText(inv.received.value_or(inv.user.created), now));
        item->setText(Roles,
                      inv.roles.isEmpty() ? tr("(none)") : inv.roles.join(QStringLiteral(", ")));
    }
    selectUsers(selected);
    updateButtons();
}

void InvitationsPage::selectUsers(const QStringList &names)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setSelected(names.contains(item->text(Name)));
    }
}

QStringList InvitationsPage::selectedIds() const
{
    QStringList out;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        out << item->data(Name, kIdRole).toString();
    return out;
}

QStringList InvitationsPage::selectedNames() const
{
    QStringList out;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        out << item->text(Name);
    return out;
}

void InvitationsPage::updateButtons()
{
    const auto items = m_tree->selectedItems();
    bool anyHeld = false;
    for (QTreeWidgetItem *item : items)
        anyHeld = anyHeld || item->data(Name, kHeldRole).toBool();
    m_show->setEnabled(items.size() == 1);
    m_copy->setEnabled(anyHeld);
    m_regenerate->setEnabled(!items.isEmpty());
    m_revoke->setEnabled(!items.isEmpty());
}

void InvitationsPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void InvitationsPage::copySelection()
{
    QStringList ids;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->data(Name, kHeldRole).toBool())
            ids << item->data(Name, kIdRole).toString();
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
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        anyActive = anyActive || item->data(Name, kActiveRole).toBool();
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
