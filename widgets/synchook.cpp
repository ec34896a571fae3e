#include "synchook.h"

#include "auth/keychainsecretstore.h"
#include "conflictsview.h"
#include "invitationhook.h"
#include "mainwindow.h"
#include "pendingpage.h"
#include "service/adminservice.h"
#include "service/serverconnection.h"
#include "sync/syncengine.h"
#include "syncstatuswidget.h"

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
    , m_status(new SyncStatusWidget(&window))
    , m_pending(new PendingPage(service.store(), &window))
    , m_conflicts(new ConflictsView(service.store(), &window))
{
    window.statusBar()->addPermanentWidget(m_status);
    window.addPage(QStringLiteral("pending"), QIcon::fromTheme(QStringLiteral("mail-outbox")),
                   tr("Pending changes"), m_pending);
    window.addPage(QStringLiteral("conflicts"), QIcon::fromTheme(QStringLiteral("dialog-warning")),
                   tr("Conflicts"), m_conflicts);

    // F5 means "sync now" on a server profile; the window's Refresh keeps its menu entry.
    if (QAction *refresh = window.action(QStringLiteral("refresh")))
        refresh->setShortcut(QKeySequence());
    m_syncNow =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync Now"), &window);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Send queued changes and fetch the server's (F5)"));
    m_workOffline = new QAction(tr("Work &Offline"), &window);
    m_workOffline->setObjectName(QStringLiteral("workOffline"));
    m_workOffline->setCheckable(true);
    m_workOffline->setToolTip(tr("Keep changes queued here and do not contact the server"));
    window.addAction(m_syncNow);
    window.addAction(m_workOffline);
    const auto menus = window.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    QMenu *file = menus.isEmpty() ? window.menuBar()->addMenu(tr("&File")) : menus.first();
    const auto existing = file->actions();
    QAction *before = existing.isEmpty() ? nullptr : existing.first();
    file->insertAction(before, m_syncNow);
    file->insertAction(before, m_workOffline);
    file->insertSeparator(before);

    connect(m_syncNow, &QAction::triggered, this, [this] { m_engine.syncNow(); });
    connect(m_workOffline, &QAction::toggled, this,
            [this](bool offline) { m_engine.setWorkOffline(offline); });
    connect(&engine, &sync::SyncEngine::statusChanged, this, &SyncHook::onStatus);
    connect(&engine, &sync::SyncEngine::mirrorChanged, &window, &MainWindow::refresh);
    connect(&engine, &sync::SyncEngine::finished, this, &SyncHook::reloadPages);
    connect(m_pending, &PendingPage::queueChanged, this, [this] {
        m_engine.refreshCounts();
        m_window.refresh();
    });
    connect(m_conflicts, &ConflictsView::resolved, this, [this] {
        m_engine.refreshCounts();
        m_pending->reload();
        m_window.refresh();
    });
    connect(&service, &AdminService::changed, this, [this] { m_pending->reload(); });
    engine.watch(&service);
    engine.setAutoSyncInterval(std::chrono::minutes(2));
    onStatus();
}

SyncHook::~SyncHook()
{
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

void SyncHook::onStatus()
{
    const sync::SyncStatus s = m_engine.status();
    m_status->setStatus(s);
    m_window.setPendingCount(s.pending + s.failed + s.conflicts);
    m_syncNow->setEnabled(!m_engine.isWorkingOffline() && s.phase == sync::SyncPhase::Idle);
}

void SyncHook::reloadPages()
{
    m_pending->reload();
    m_conflicts->reload();
}

} // namespace zenml::gui
