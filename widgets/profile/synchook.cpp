#include "profile/synchook.h"

#include "auth/keychainsecretstore.h"
#include "mainwindow.h"
#include "pages/conflictsview.h"
#include "pages/historypage.h"
#include "pages/pendingpage.h"
#include "parts/syncstatuswidget.h"
#include "profile/invitationhook.h"
#include "service/adminservice.h"
#include "service/outboxservice.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

namespace zenml::gui {

SyncHook::SyncHook(MainWindow &window, AdminService &service, sync::SyncEngine &engine)
    : QObject(&window)
    , m_window(window)
    , m_engine(engine)
    , m_outbox(std::make_unique<OutboxService>(service.store(),
                                               OutboxService::LockScope::OtherProcesses))
    , m_status(new SyncStatusWidget(&window))
    , m_pending(new PendingPage(*m_outbox, &window))
    , m_conflicts(new ConflictsView(*m_outbox, &window))
{
    window.statusBar()->addPermanentWidget(m_status);
    window.addPage(QStringLiteral("pending"), tr("Pending changes"), m_pending,
                   MainWindow::PageGroup::Server);
    window.addPage(QStringLiteral("conflicts"), tr("Conflicts"), m_conflicts,
                   MainWindow::PageGroup::Server);

    // F5 means "sync now" on a server profile; the window's Refresh keeps its menu entry.
    if (QAction *refresh = window.action(QStringLiteral("refresh")))
        refresh->setShortcut(QKeySequence());
    m_syncNow = addSyncAction(QStringLiteral("syncNow"), tr("&Sync Now"), QKeySequence(Qt::Key_F5),
                              tr("Send queued changes and fetch the server's (F5)"), false);
    // The GUI's `zenml-admin sync --full`: a sweep finds the rows deleted on the server, which
    // the incremental pull of Sync Now cannot see.
    m_fullSync = addSyncAction(
        QStringLiteral("fullSync"), tr("&Full Sync"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
        tr("Sync now, and also fetch every row and remove here what the server no longer has "
           "(Shift+F5)"),
        true);
    m_workOffline = new QAction(tr("Work &Offline"), &window);
    m_workOffline->setObjectName(QStringLiteral("workOffline"));
    m_workOffline->setCheckable(true);
    m_workOffline->setToolTip(tr("Keep changes queued here and do not contact the server"));
    window.addAction(m_workOffline);
    const auto menus = window.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    QMenu *file = menus.isEmpty() ? window.menuBar()->addMenu(tr("&File")) : menus.first();
    const auto existing = file->actions();
    QAction *before = existing.isEmpty() ? nullptr : existing.first();
    file->insertActions(before, {m_syncNow, m_fullSync, m_workOffline});
    file->insertSeparator(before);

    connect(m_workOffline, &QAction::toggled, this,
            [this](bool offline) { m_engine.setWorkOffline(offline); });
    connect(&engine, &sync::SyncEngine::statusChanged, this, &SyncHook::onStatus);
    connect(&engine, &sync::SyncEngine::mirrorChanged, &window, &MainWindow::refresh);
    connect(&engine, &sync::SyncEngine::finished, this, [this](const sync::SyncReport &report) {
        reloadPages();
        // Another sync of the profile (the command line, another window) is running: this one
        // did not start. The state stays as it was, so say it where it is seen.
        if (report.error && report.error->kind == ErrorKind::Busy)
            m_window.statusBar()->showMessage(report.error->message, 10000);
    });
    connect(m_pending, &PendingPage::queueChanged, this, [this] {
        m_engine.refreshCounts();
        m_window.refresh();
    });
    connect(m_pending, &PendingPage::conflictRequested, this, [this](qint64 operationId) {
        m_conflicts->reload();
        if (m_window.showPage(QStringLiteral("conflicts")))
            m_conflicts->showConflict(operationId);
    });
    connect(m_conflicts, &ConflictsView::resolved, this, [this] {
        m_engine.refreshCounts();
        m_pending->reload();
        m_window.refresh();
    });
    connect(&service, &AdminService::changed, this, [this] { m_pending->reload(); });
    engine.watchEdits();
    engine.setAutoSyncInterval(std::chrono::minutes(2));
    onStatus();
}

SyncHook::~SyncHook()
{
    // The hook goes with the window, whose other children (the status widget, the pages) may be
    // gone already, so a sync still running (the app quit during one) must not report to them:
    // the engine is silenced, then stopped while it is whole, and only then destroyed.
    disconnect(&m_engine, nullptr, this, nullptr);
    disconnect(&m_engine, nullptr, &m_window, nullptr);
    if (m_ownEngine) {
        m_ownEngine->disconnect();
        m_ownEngine->stop();
    }
    // The engine and the facade's sink go before the keychain they use.
    if (m_sinkOwner)
        m_sinkOwner->setSecretSink({});
    m_ownEngine.reset();
}

SyncHook *SyncHook::install(MainWindow &window, AdminService &service, ServerConnection *connection,
                            InvitationHook *invitations)
{
    if (!connection)
        return nullptr;
    auto secrets = std::make_unique<KeychainSecretStore>();
    auto engine = std::make_unique<sync::SyncEngine>(service.store(), connection->api());
    QPointer<ServerConnection> conn(connection);
    engine->setReauthenticate([conn](QObject *context, std::function<void(Status)> done) {
        if (!conn) {
            done(Error::make(ErrorKind::Unauthorized, tr("Not signed in.")));
            return;
        }
        conn->reauthenticate(context, std::move(done));
    });
    engine->useSecretStore(secrets.get(), connection->profile().name);
    connection->installSecretSink(service);
    engine->setMaxRetryWait(std::chrono::seconds(10));
    if (invitations)
        invitations->watch(*engine);
    auto *hook = new SyncHook(window, service, *engine);
    hook->m_ownSecrets = std::move(secrets);
    hook->m_sinkOwner = &service;
    hook->m_ownEngine = std::move(engine);
    // The first sync once the window is up; later ones on the timer, after edits, and as soon as
    // a sign-in brings a token, so the pages show the server's rows without waiting.
    QMetaObject::invokeMethod(
        hook, [hook] { hook->m_engine.syncNow(); }, Qt::QueuedConnection);
    connect(connection, &ServerConnection::sessionChanged, hook, [hook, connection] {
        if (connection->hasToken())
            hook->m_engine.syncNow();
    });
    return hook;
}

QAction *SyncHook::addSyncAction(const QString &name, const QString &text,
                                 const QKeySequence &shortcut, const QString &toolTip, bool sweep)
{
    auto *action = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), text, &m_window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    m_window.addAction(action);
    connect(action, &QAction::triggered, this,
            [this, sweep] { m_engine.syncByHand(sync::SyncMode::Both, sweep); });
    return action;
}

void SyncHook::onStatus()
{
    const sync::SyncStatus s = m_engine.status();
    m_status->setStatus(s);
    const bool canSync = !m_engine.isWorkingOffline() && s.phase == sync::SyncPhase::Idle;
    m_syncNow->setEnabled(canSync);
    m_fullSync->setEnabled(canSync);
}

void SyncHook::reloadPages()
{
    m_pending->reload();
    m_conflicts->reload();
    // What became of each sent change, and what the pull found, is in the history now.
    m_window.historyPage()->reload();
}

} // namespace zenml::gui
