#pragma once

#include "domain/team.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;

namespace zenml {
class AdminService;
class StoreTableModel;
class TableFilterProxy;
} // namespace zenml

namespace zenml::gui {

class CheckedNamesProxy;
class FieldHint;

// Create or edit a team: a name and a members picker with a search field over all users.
class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    // users: the user model to pick from (shared with the Users page).
    TeamDialog(AdminService &service, StoreTableModel *users, QWidget *parent = nullptr);
    TeamDialog(AdminService &service, StoreTableModel *users, const Team &team,
               const QStringList &memberNames, QWidget *parent = nullptr);

    QString name() const;
    QStringList members() const;
    const Team &original() const { return m_original; }
    bool isEdit() const { return m_editing; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *searchEdit() const { return m_search; }
    QListView *memberView() const { return m_view; }
    CheckedNamesProxy *memberModel() const { return m_checked; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void build(StoreTableModel *users);
    void validate();

    AdminService &m_service;
    bool m_editing = false;
    Team m_original;
    QLineEdit *m_name = nullptr;
    FieldHint *m_nameHint = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_count = nullptr;
    TableFilterProxy *m_filter = nullptr;
    CheckedNamesProxy *m_checked = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
