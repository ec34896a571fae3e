#include "parts/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

namespace zenml::gui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_text->setObjectName(QStringLiteral("syncState"));
    m_text->setAccessibleName(tr("Sync state"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this,
            [this] { m_text->setText(statement(m_status, QDateTime::currentDateTime())); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_text);
    setStatus({});
}

QString SyncStatusWidget::statement(const sync::SyncStatus &s, const QDateTime &now)
{
    using sync::Connectivity;
    if (s.phase != sync::SyncPhase::Idle && s.retryAt.isValid()) {
        // Whole seconds, rounded up, so that the count never shows 0 before the try.
        const int seconds = int(std::max<qint64>(1, (now.msecsTo(s.retryAt) + 999) / 1000));
        if (s.connectivity == Connectivity::Offline)
            //: The status bar while a sync waits because the server could not be reached
            return tr("Cannot reach the server · next try in %n second(s)", nullptr, seconds);
        //: The status bar while a sync waits because the server asked it to (busy, rate limit)
        return tr("The server is busy · next try in %n second(s)", nullptr, seconds);
    }
    if (s.phase != sync::SyncPhase::Idle) {
        //: The status bar while a sync runs: operations pushed or pages fetched so far
        return s.total > 0 ? tr("Syncing %1 of %2").arg(s.done).arg(s.total) : tr("Syncing…");
    }
    QStringList parts;
    switch (s.connectivity) {
    case Connectivity::Offline:
        parts << tr("Offline");
        break;
    case Connectivity::Error:
        //: The status bar: the server answered, but the last sync did not complete
        parts << tr("Sync failed");
        break;
    case Connectivity::WorkingOffline:
        parts << tr("Working offline");
        break;
    case Connectivity::Unknown:
    case Connectivity::Online:
        break;
    }
    //: The status bar: edits that met a server edit and wait for the admin's choice
    if (s.conflicts > 0)
        parts << tr("%n conflict(s) to resolve", nullptr, s.conflicts);
    //: The status bar: edits the server refused; the Pending changes page says why
    if (s.failed > 0)
        parts << tr("%n change(s) failed", nullptr, s.failed);
    //: The status bar: edits made here and not yet sent to the server
    if (s.pending > 0)
        parts << tr("%n change(s) to send", nullptr, s.pending);
    if (parts.isEmpty() && s.connectivity == Connectivity::Online)
        //: The status bar: nothing waits to be sent and the last sync reached the server
        parts << tr("Up to date");
    if (s.lastSuccess.isValid()) {
        const QDateTime last = s.lastSuccess.toLocalTime();
        const QLocale locale;
        const QString when = last.date() == now.toLocalTime().date()
                                 ? locale.toString(last.time(), QLocale::ShortFormat)
                                 : locale.toString(last, QLocale::ShortFormat);
        //: The status bar: the time (today) or date and time of the last complete sync
        parts << tr("last sync %1").arg(when);
    } else {
        parts << tr("not synced yet");
    }
    // The first word starts the sentence.
    QString text = parts.join(QStringLiteral(" · "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString SyncStatusWidget::details(const sync::SyncStatus &s)
{
    QStringList lines;
    lines << tr("%n change(s) waiting to be sent", nullptr, s.pending)
          << tr("%n change(s) the server refused", nullptr, s.failed)
          << tr("%n conflict(s) with a server edit", nullptr, s.conflicts);
    if (!s.lastError.isEmpty())
        lines << tr("Last error: %1").arg(s.lastError);
    return lines.join(QLatin1Char('\n'));
}

void SyncStatusWidget::setStatus(const sync::SyncStatus &s)
{
    m_status = s;
    // While a push waits, the count of seconds goes down once a second.
    if (s.phase != sync::SyncPhase::Idle && s.retryAt.isValid())
        m_tick.start();
    else
        m_tick.stop();
    m_text->setText(statement(s, QDateTime::currentDateTime()));
    m_text->setToolTip(details(s));
    const bool busy = s.phase != sync::SyncPhase::Idle && s.total > 1;
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setMaximum(s.total);
        m_progress->setValue(s.done);
    }
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}

} // namespace zenml::gui
