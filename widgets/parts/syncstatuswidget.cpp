#include "parts/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace zenml::gui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_last(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_last->setObjectName(QStringLiteral("syncLast"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_last);
    setStatus({});
}

void SyncStatusWidget::setStatus(const sync::SyncStatus &s)
{
    using sync::Connectivity;
    QString state;
    if (s.phase != sync::SyncPhase::Idle) {
        state = s.total > 0 ? tr("Syncing %1 of %2").arg(s.done).arg(s.total) : tr("Syncing");
    } else {
        switch (s.connectivity) {
        case Connectivity::Online:
            state = tr("Online");
            break;
        case Connectivity::Offline:
            state = tr("Offline");
            break;
        case Connectivity::Error:
            state = tr("Error");
            break;
        case Connectivity::WorkingOffline:
            state = tr("Working offline");
            break;
        case Connectivity::Unknown:
            state = tr("Not synced yet");
            break;
        }
    }
    m_state->setText(state);
    m_state->setToolTip(s.lastError);
    //: The number of edits waiting to be sent to the server
    QString pending = tr("%n pending", nullptr, s.pending);
    if (s.failed > 0)
        pending += QStringLiteral(", ") + tr("%n failed", nullptr, s.failed);
    if (s.conflicts > 0)
        pending += QStringLiteral(", ") + tr("%n conflicts", nullptr, s.conflicts);
    m_pending->setText(pending);
    m_last->setText(
        s.lastSuccess.isValid()
            ? tr("Last sync %1")
                  .arg(QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
    const bool busy = s.phase != sync::SyncPhase::Idle && s.total > 1;
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setMaximum(s.total);
        m_progress->setValue(s.done);
    }
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

} // namespace zenml::gui
