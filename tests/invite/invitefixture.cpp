#include "invitefixture.h"

#include "remote/jobwaiter.h"
#include "remote/userjob.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSignalSpy>
#include <QUuid>

namespace zenml::test {

namespace {
QMutex g_logMutex;
QStringList g_logs;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logs << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

InviteFixture::InviteFixture(std::unique_ptr<SecretStore> secrets)
    : m_secrets(std::move(secrets))
    , m_profile(QStringLiteral("invite-") + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(captureLog);
    if (!m_sync.ok())
        return;
    ProfileInfo profile;
    profile.name = m_profile;
    profile.kind = ProfileKind::Server;
    profile.serverUrl = m_sync.server().baseUrl().toString();
    profile.username = QStringLiteral("default");
    profile.path = m_sync.path();
    m_invitations =
        std::make_unique<InvitationService>(m_sync.service(), *m_secrets, profile, nullptr);
    m_invitations->watch(m_sync.engine());
}

InviteFixture::~InviteFixture()
{
    m_invitations.reset();
    if (m_secrets)
        (void)m_secrets->removeAllSync(m_profile);
}

bool InviteFixture::syncOk(sync::SyncMode mode, bool sweep)
{
    const auto report = m_sync.sync(mode, sweep);
    return report && report->ok();
}

Status InviteFixture::activate(const QString &userId, const QString &token, const QString &password)
{
    remote::UserJob *job = m_sync.api().activateUser(userId, password, token);
    auto result = remote::awaitJob(job);
    if (!result)
        return result.error();
    return {};
}

QString InviteFixture::storedToken(const QString &userId)
{
    const auto read = m_secrets->readSync(m_profile, SecretStore::activationKey(userId));
    return read && read.value() ? *read.value() : QString();
}

bool InviteFixture::dataContains(const QString &needle) const
{
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(QFileInfo(m_sync.path()).absolutePath(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            return true;
    }
    return false;
}

bool InviteFixture::logsContain(const QString &needle)
{
    QMutexLocker lock(&g_logMutex);
    for (const QString &line : std::as_const(g_logs)) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

void InviteFixture::clearLogs()
{
    QMutexLocker lock(&g_logMutex);
    g_logs.clear();
}

} // namespace zenml::test
