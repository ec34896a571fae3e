#pragma once

#include <QDateTime>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace zenml {
class InvitationService;
}

namespace zenml::gui {

class Prompter;

// Every inactive user of a server profile: whether this computer holds its link, how old the
// invitation is and which roles it will have; copy, regenerate and revoke, for one user or a
// selection. A notice line at the top says when a link has arrived (no modal dialog).
class InvitationsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Link, Age, Roles, ColumnCount };

    InvitationsPage(InvitationService &invitations, Prompter &prompter, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *tree() const { return m_tree; }
    QLabel *notice() const { return m_notice; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void selectUsers(const QStringList &names);
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
    // "3 minutes", "2 days": the age column.
    static QString ageText(const QDateTime &since, const QDateTime &now);

signals:
    void inviteRequested();
    void linkRequested(const QString &userId, const QString &userName);
    // The clipboard now holds this many links (copySelection is asynchronous).
    void copied(int links);

private:
    void updateButtons();

    InvitationService &m_invitations;
    Prompter &m_prompter;
    std::function<QDateTime()> m_clock;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace zenml::gui
