#include "syncguiapp.h"

#include "guiapp.h"
#include "mainwindow.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "synchook.h"

#include <QAction>
#include <QTest>

namespace zenml::test {

SyncGuiApp::SyncGuiApp(const QString &dataDir, const QString &profile)
    : m_profiles(dataDir)
{
    // The order of gui::run(): profile, store, facade, window, hooks.
    auto info = m_profiles.info(profile);
    auto store = m_profiles.open(profile);
    if (!store) {
        m_failure = store.error().message;
        return;
    }
    m_store = std::move(store.value());
    const ProfileKind kind = info ? info->kind : ProfileKind::Local;
    m_service = std::make_unique<AdminService>(*m_store, kind);
    m_window = std::make_unique<gui::MainWindow>(*m_service, *this, profile);
    m_window->setDialogRunner([this](QDialog &dialog) {
        if (!m_next) {
            ++m_unexpected;
            return false;
        }
        return std::exchange(m_next, nullptr)(dialog);
    });
    m_sync = gui::installHooks(*m_window, m_profiles, profile, *m_store, *m_service, *this);
    if (!m_sync)
        m_failure = QStringLiteral("no SyncHook: '%1' is not a server profile").arg(profile);
}

SyncGuiApp::~SyncGuiApp()
{
    // As at the end of gui::run(): the window (with its hooks) before the facade and the store.
    m_window.reset();
    m_service.reset();
    m_store.reset();
}

bool SyncGuiApp::showActive()
{
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void SyncGuiApp::quit()
{
    if (QAction *quit = m_window->action(QStringLiteral("quit")))
        quit->trigger();
}

bool SyncGuiApp::confirm(QWidget *, const QString &title, const QString &text, const QString &)
{
    m_prompts << title + QStringLiteral(": ") + text;
    return false;
}

void SyncGuiApp::showError(QWidget *, const QString &title, const QString &text)
{
    m_prompts << title + QStringLiteral(": ") + text;
}

} // namespace zenml::test
