#include "syncguiapp.h"

#include "mainwindow.h"
#include "profile/profilesession.h"

#include <QAction>
#include <QTest>

namespace zenml::test {

SyncGuiApp::SyncGuiApp(const QString &dataDir, const QString &profile)
{
    // As gui::run() opens a profile (through ProfileSwitcher): ProfileSession::open.
    auto session =
        gui::ProfileSession::open(ProfileManager(dataDir), profile, *this, [this](QDialog &dialog) {
            if (!m_next) {
                ++m_unexpected;
                return false;
            }
            return std::exchange(m_next, nullptr)(dialog);
        });
    if (!session) {
        m_failure = session.error().message;
        return;
    }
    m_session = std::move(session.value());
    if (!m_session->sync())
        m_failure = QStringLiteral("no SyncHook: '%1' is not a server profile").arg(profile);
}

SyncGuiApp::~SyncGuiApp() = default;

bool SyncGuiApp::showActive()
{
    m_session->window().show();
    m_session->window().activateWindow();
    return QTest::qWaitForWindowActive(&m_session->window());
}

void SyncGuiApp::quit()
{
    if (QAction *quit = m_session->window().action(QStringLiteral("quit")))
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
