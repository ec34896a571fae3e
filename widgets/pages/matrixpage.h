#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace zenml {
class AdminService;
class RoleMatrixModel;
class StoreTableModel;
class TableFilterProxy;
} // namespace zenml

namespace zenml::gui {

class Editor;

// The role × user (or role × team) matrix: a check box per cell, a workspace selector for the
// scope (global by default). Toggling a cell assigns or revokes, through the undo stack.
class MatrixPage : public QWidget
{
    Q_OBJECT
public:
    MatrixPage(Editor &editor, StoreTableModel *users, StoreTableModel *teams,
               QWidget *parent = nullptr);

    RoleMatrixModel *userMatrix() const { return m_userMatrix; }
    RoleMatrixModel *teamMatrix() const { return m_teamMatrix; }
    RoleMatrixModel *currentMatrix() const;
    TableFilterProxy *currentProxy() const;
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *subjectCombo() const { return m_subjects; }
    QComboBox *workspaceCombo() const { return m_workspace; }

    void showTeams(bool teams);
    void ensureLoaded();
    void focusSearch();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillWorkspaces();
    void applyWorkspace();

    Editor &m_editor;
    RoleMatrixModel *m_userMatrix = nullptr;
    RoleMatrixModel *m_teamMatrix = nullptr;
    TableFilterProxy *m_userProxy = nullptr;
    TableFilterProxy *m_teamProxy = nullptr;
    QComboBox *m_subjects = nullptr;
    QComboBox *m_workspace = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    bool m_loaded = false;
};

} // namespace zenml::gui
