#pragma once

#include "domain/roleassignment.h"
#include "service/adminservice.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace zenml::gui {

class FieldHint;

// Assign or revoke a role: a user or a team (typed, or the page's selection), a role, and an
// optional workspace (global when none).
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Assign, Revoke };

    // subjects empty: the person types a user or team name.
    AssignDialog(AdminService &service, Mode mode, SubjectKind kind,
                 const QStringList &subjects = {}, QWidget *parent = nullptr);

    AssignmentTarget target() const;

    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *workspaceCombo() const { return m_workspace; }
    QRadioButton *userButton() const { return m_userButton; }
    QRadioButton *teamButton() const { return m_teamButton; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();
    SubjectKind kind() const;

    AdminService &m_service;
    QStringList m_fixed;
    SubjectKind m_fixedKind;
    QRadioButton *m_userButton = nullptr;
    QRadioButton *m_teamButton = nullptr;
    QLineEdit *m_subject = nullptr;
    FieldHint *m_subjectHint = nullptr;
    QComboBox *m_role = nullptr;
    FieldHint *m_roleHint = nullptr;
    QComboBox *m_workspace = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
