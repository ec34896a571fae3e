#include "invitationtablemodel.h"

#include "domain/entitykind.h"
#include "service/invitationservice.h"

#include <QHash>
#include <QSet>
#include <limits>

namespace zenml {

InvitationTableModel::InvitationTableModel(InvitationService &invitations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_invitations(invitations)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_invitations, &InvitationService::invitationsChanged, this,
            [this] { (void)reload(); });
}

Status InvitationTableModel::reload()
{
    auto list = m_invitations.invitations();
    if (!list) {
        apply({});
        Q_EMIT loadFailed(list.error().message);
        return list.error();
    }
    apply(std::move(list.value()));
    return {};
}

void InvitationTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Age));
}

QList<int> InvitationTableModel::matchRows(const QList<Invitation> &fresh) const
{
    QHash<QString, int> byId;
    QHash<QString, int> byName;
    for (int i = 0; i < fresh.size(); ++i) {
        byId.insert(fresh.at(i).user.id, i);
        byName.insert(fresh.at(i).user.name, i);
    }
    QSet<QString> oldIds;
    for (const Invitation &inv : m_rows)
        oldIds.insert(inv.user.id);
    QList<int> match(m_rows.size(), -1);
    QList<bool> taken(fresh.size(), false);
    for (int row = 0; row < m_rows.size(); ++row) {
        const User &user = m_rows.at(row).user;
        int i = byId.value(user.id, -1);
        // A user created here gets the server's id with the push: the same row, by its name.
        if (i < 0) {
            i = byName.value(user.name, -1);
            if (i >= 0 && oldIds.contains(fresh.at(i).user.id))
                i = -1;
        }
        if (i >= 0 && !taken.at(i)) {
            match[row] = i;
            taken[i] = true;
        }
    }
    return match;
}

void InvitationTableModel::apply(QList<Invitation> fresh)
{
    QList<int> match = matchRows(fresh); // old row -> fresh row, -1: gone
    int last = -1;
    bool sameOrder = true;
    QList<bool> kept(fresh.size(), false);
    for (int i : std::as_const(match)) {
        if (i < 0)
            continue;
        sameOrder = sameOrder && i > last;
        last = i;
        kept[i] = true;
    }
    // The service's order is by creation, which a pull can correct; moving rows is not worth it
    // for that rare case, a reset is (the page restores its selection).
    if (!sameOrder) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }

    // The rows that went, from the end, a contiguous run at a time.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (match.at(row) >= 0) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && match.at(first - 1) < 0)
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        match.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // What is left is in fresh's order: the new rows go in between, a run at a time.
    for (int i = 0; i < fresh.size();) {
        if (kept.at(i)) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < fresh.size() && !kept.at(end + 1))
            ++end;
        beginInsertRows({}, i, end);
        m_rows = m_rows.first(i) + fresh.mid(i, end - i + 1) + m_rows.sliced(i);
        endInsertRows();
        i = end + 1;
    }
    // The rows now match fresh one for one; any of them may have a new link state, roles, name
    // or id.
    m_rows = std::move(fresh);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InvitationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvitationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int InvitationTableModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).user.id == userId)
            return row;
    }
    return -1;
}

QString InvitationTableModel::ageText(const QDateTime &since, const QDateTime &now)
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

QString InvitationTableModel::linkText(LinkState state)
{
    switch (state) {
    case LinkState::Held:
        //: The link column: the keychain of this computer holds the invitation link.
        return tr("held");
    case LinkState::AfterSync:
        return tr("available after sync");
    case LinkState::Missing:
        break;
    }
    return tr("not on this computer: regenerate");
}

QString InvitationTableModel::rolesText(const QStringList &roles)
{
    return roles.isEmpty() ? tr("(none)") : roles.join(QStringLiteral(", "));
}

QDateTime InvitationTableModel::since(const Invitation &invitation)
{
    return invitation.received.value_or(invitation.user.created);
}

QVariant InvitationTableModel::display(const Invitation &inv, int column) const
{
    switch (column) {
    case Name:
        return inv.user.name;
    case Link:
        return linkText(inv.link);
    case Age:
        return ageText(since(inv), m_clock());
    case Roles:
        return rolesText(inv.roles);
    }
    return {};
}

QVariant InvitationTableModel::sortKey(const Invitation &inv, int column) const
{
    switch (column) {
    case Link:
        return int(inv.link); // held, after sync, missing: what can be sent comes first
    case Age: {
        // Grows with the age without reading the clock, so one sort never sees two answers; an
        // unknown start counts as "just now", like its text.
        const QDateTime start = since(inv);
        return start.isValid() ? -start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    default:
        return display(inv, column);
    }
}

QVariant InvitationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation &inv = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(inv, index.column());
    case SortRole:
        return sortKey(inv, index.column());
    case itemrole::Id:
        return inv.user.id;
    case itemrole::Name:
        return inv.user.name;
    case itemrole::Kind:
        return int(EntityKind::User);
    case HeldRole:
        return inv.link == LinkState::Held;
    case ActiveRole:
        return inv.user.active;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return inv.user.name;
        case Link:
            return int(inv.link);
        case Age:
            return since(inv);
        case Roles:
            return inv.roles;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant InvitationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Link:
        //: Column header: where the invitation link of a user stands.
        return tr("Link");
    case Age:
        //: Column header: how long ago the invitation (or its current link) was made.
        return tr("Age");
    case Roles:
        return tr("Roles");
    }
    return {};
}

} // namespace zenml
