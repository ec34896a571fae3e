#pragma once

#include "domain/entitykind.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;

namespace zenml {
class StoreTableModel;
}

namespace zenml::gui {

// Ctrl+K: type to find any action, user, team or role; Enter runs the action or shows the entity.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    void setActions(const QList<QAction *> &actions);
    void addSource(EntityKind kind, StoreTableModel *model);

    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }
    // Runs the highlighted result and closes.
    void activateCurrent();

Q_SIGNALS:
    void entityChosen(zenml::EntityKind kind, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void search(const QString &text);

    struct Source
    {
        EntityKind kind;
        QPointer<StoreTableModel> model;
    };
    QList<QPointer<QAction>> m_actions;
    QList<Source> m_sources;
    QLineEdit *m_input = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace zenml::gui
