#pragma once

#include "sync/syncstatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace zenml::gui {

// The sync part of the status bar: Online / Offline / Syncing n of m / Error, the number of
// queued changes, the last successful sync, and a progress bar while a long pull or push runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const zenml::sync::SyncStatus &status);
    QString stateText() const;
    QString pendingText() const;

private:
    QLabel *m_state = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_last = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace zenml::gui
