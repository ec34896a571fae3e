#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace zenml {
class OutboxService;
class PendingChangeModel;
} // namespace zenml

namespace zenml::gui {

// The Pending changes page: every queued change in words with its status and last error, each
// one expandable to the exact request it will send (secrets masked); retry, drop, drop a
// selection, and open a conflict in the Conflicts view.
class PendingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PendingPage(OutboxService &outbox, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    PendingChangeModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();
    void retrySelected();
    void dropSelected();
    void openSelectedConflict();

Q_SIGNALS:
    // The queue changed here (retry or drop): counts and views need a refresh.
    void queueChanged();
    // The admin asked to see this conflict (an operation's number) in the Conflicts view.
    void conflictRequested(qint64 operationId);

private:
    QList<qint64> selectedIds() const;
    // The first selected change that is a conflict; 0 when none is.
    qint64 selectedConflict() const;
    void updateButtons();

    OutboxService &m_outbox;
    PendingChangeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_drop = nullptr;
    QPushButton *m_openConflict = nullptr;
};

} // namespace zenml::gui
