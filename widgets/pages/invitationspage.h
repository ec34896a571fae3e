#pragma once

#include <QDateTime>
#include <QWidget>
#include <functional>

class QAbstractItemView;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zenml {
class InvitationService;
class InvitationTableModel;
} // namespace zenml

namespace zenml::gui {

class Prompter;

// Every inactive user of a server profile: whether this computer holds its link, how old the
// invitation is and which roles it will have (an InvitationTableModel, sortable by any column);
// copy, regenerate and revoke, for one user or a selection. A notice line at the top says when a
// link has arrived (no modal dialog).
class InvitationsPage : public QWidget
{
    Q_OBJECT
public:
    InvitationsPage(InvitationService &invitations, Prompter &prompter, QWidget *parent = nullptr);

    void reload();
    // Shows a sort proxy over model(); columns are InvitationTableModel::Column.
    QAbstractItemView *view() const;
    InvitationTableModel *model() const { return m_model; }
    QLabel *notice() const { return m_notice; }
    // Shown while an invitation made elsewhere is listed: what the admin can do about it.
    QLabel *elsewhereHint() const { return m_elsewhere; }
    void setClock(std::function<QDateTime()> clock);

    void selectUsers(const QStringList &names);
    // Of the selected rows, in the order shown.
    QStringList selectedIds() const;
    QStringList selectedNames() const;
    // The verbs on the selection.
    void copySelection();
    bool regenerateSelection();
    bool revokeSelection();
    void showNotice(const QString &text);

    // The confirmation of a regeneration: the old links stop working; active accounts become
    // inactive.
    static QString regenerateQuestion(int users, bool anyActive);

signals:
    void inviteRequested();
    void linkRequested(const QString &userId, const QString &userName);
    // The clipboard now holds this many links (copySelection is asynchronous).
    void copied(int links);

private:
    struct SavedSelection
    {
        QStringList ids;
        QStringList names; // same order as ids
    };
    // The model rows of the selection, in the order shown.
    QList<int> selectedRows() const;
    void restoreSelection(const SavedSelection &saved);
    // Selects exactly the rows (given by their Name cell) that `pick` accepts.
    void selectWhere(const std::function<bool(const QModelIndex &)> &pick);
    void updateButtons();

    InvitationService &m_invitations;
    Prompter &m_prompter;
    InvitationTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    SavedSelection m_selectedBeforeReset;
    QLabel *m_notice = nullptr;
    QLabel *m_elsewhere = nullptr; // what to do about invitations made elsewhere
    QPushButton *m_show = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace zenml::gui
