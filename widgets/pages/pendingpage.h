#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace zenml {
class LocalStore;
}

namespace zenml::gui {

// The Pending changes page: every queued operation with its status and last error, each one
// expandable to the exact request it will send (secrets masked); retry, drop, drop a selection.
class PendingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PendingPage(LocalStore &store, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

public Q_SLOTS:
    void reload();
    void retrySelected();
    void dropSelected();

Q_SIGNALS:
    // The queue changed here (retry or drop): counts and views need a refresh.
    void queueChanged();

private:
    QList<qint64> selectedIds() const;
    void updateButtons();

    LocalStore &m_store;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_drop = nullptr;
};

} // namespace zenml::gui
