#pragma once

#include "domain/error.h"
#include "itemroles.h"
#include "service/invitation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <functional>

namespace zenml {

class InvitationService;

// The invitations of a server profile as InvitationService::invitations() lists them (newest
// first): one row per inactive user, with where its link stands, how old it is and the roles it
// will have. A reload keeps the rows that stay, even when a user's temporary id becomes the
// server's (only the rows that come or go are inserted or removed), so a view keeps its selection
// and scroll position across a sync.
class InvitationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Link, Age, Roles, ColumnCount };
    // Besides the itemrole ones (Id, Name, Raw, Kind), on every column of a row.
    enum Role {
        HeldRole = itemrole::Kind + 1, // bool: the keychain holds the link (it can be copied)
        ActiveRole,                    // bool: the user is active (a regeneration deactivates it)
        // What QSortFilterProxyModel sorts by: the age as a number that grows with the age (the
        // text "3 minutes" sorts wrongly), the link state in a useful order, names as text.
        SortRole,
    };

    explicit InvitationTableModel(InvitationService &invitations, QObject *parent = nullptr);

    // Reads the invitations now; also done on InvitationService::invitationsChanged. On an error
    // the rows go (stale rows would be acted upon) and loadFailed says why.
    Status reload();
    // The "now" the Age column is measured against; tests fix it.
    void setClock(std::function<QDateTime()> clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Invitation &invitationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &userId) const; // -1 when absent

    // "just now", "3 minutes", "2 days": the Age column.
    static QString ageText(const QDateTime &since, const QDateTime &now);
    static QString linkText(LinkState state);
    static QString rolesText(const QStringList &roles);
    // When the invitation's age starts: the current token's arrival, else the user's creation.
    static QDateTime since(const Invitation &invitation);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    // Swaps in the new rows; structural signals only for rows that come or go.
    void apply(QList<Invitation> fresh);
    // For each current row, the row of `fresh` that is the same user (-1: none).
    QList<int> matchRows(const QList<Invitation> &fresh) const;
    QVariant display(const Invitation &inv, int column) const;
    QVariant sortKey(const Invitation &inv, int column) const;

    InvitationService &m_invitations;
    std::function<QDateTime()> m_clock;
    QList<Invitation> m_rows;
};

} // namespace zenml
