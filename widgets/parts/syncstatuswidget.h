#pragma once

#include "sync/syncstatus.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace zenml::gui {

// The sync part of the status bar: one statement of the sync state ("1 conflict to resolve ·
// last sync 15:34", "Offline · 3 changes to send · last sync 15:30", "Syncing 2 of 5", "Cannot
// reach the server · next try in 4 seconds"), the details in its tooltip, and a progress bar while
// a long pull or push runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const zenml::sync::SyncStatus &status);
    // What the status bar says now.
    QString text() const;

    // The statement for a status; `now` decides whether the last sync is named by its time
    // alone (today) or with its date.
    static QString statement(const zenml::sync::SyncStatus &status, const QDateTime &now);
    // The longer form for the tooltip: every count, and the last error.
    static QString details(const zenml::sync::SyncStatus &status);

private:
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    zenml::sync::SyncStatus m_status;
    QTimer m_tick;
};

} // namespace zenml::gui
