#pragma once

#include "domain/workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace zenml {
class AdminService;
}

namespace zenml::gui {

class FieldHint;

// Create or edit a workspace: a name and a free-text description. The default workspace keeps
// its name (the server depends on it); its description can still change.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WorkspaceDialog(AdminService &service, QWidget *parent = nullptr);
    WorkspaceDialog(AdminService &service, const Workspace &workspace, QWidget *parent = nullptr);

    QString name() const;
    QString description() const;
    const Workspace &original() const { return m_original; }
    bool isEdit() const { return m_editing; }
    // True when editing and the name or the description differ from the original.
    bool isChanged() const;

    QLineEdit *nameEdit() const { return m_name; }
    FieldHint *nameHint() const { return m_nameHint; }
    FieldHint *lockHint() const { return m_lockHint; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void build();
    void validate();

    AdminService &m_service;
    bool m_editing = false;
    Workspace m_original;
    QLineEdit *m_name = nullptr;
    FieldHint *m_nameHint = nullptr;
    FieldHint *m_lockHint = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
