#include "warningguard.h"

#include <QMutexLocker>
#include <atomic>

namespace zenml::test {

namespace {
std::atomic<NetworkWarningGuard *> g_guard{nullptr};
} // namespace

NetworkWarningGuard::NetworkWarningGuard()
{
    Q_ASSERT(!g_guard.load());
    g_guard = this;
    m_previous = qInstallMessageHandler(&NetworkWarningGuard::handle);
}

NetworkWarningGuard::~NetworkWarningGuard()
{
    qInstallMessageHandler(m_previous);
    g_guard = nullptr;
}

QStringList NetworkWarningGuard::warnings() const
{
    QMutexLocker lock(&m_mutex);
    return m_warnings;
}

void NetworkWarningGuard::clear()
{
    QMutexLocker lock(&m_mutex);
    m_warnings.clear();
}

bool NetworkWarningGuard::isNetworkWarning(const char *category, const QString &message)
{
    const QByteArray cat(category ? category : "");
    if (cat.startsWith("qt.network") || cat.startsWith("qt.ssl"))
        return true;
    // Qt's network code prints some of its warnings in the default category, named by class.
    for (const char *prefix : {"QNetworkReply", "QNetworkAccessManager", "QSslSocket",
                               "QAbstractSocket", "QHttpNetwork", "QTcpSocket"}) {
        if (message.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

void NetworkWarningGuard::handle(QtMsgType type, const QMessageLogContext &context,
                                 const QString &message)
{
    NetworkWarningGuard *guard = g_guard.load();
    if (guard && type == QtWarningMsg && isNetworkWarning(context.category, message)) {
        QMutexLocker lock(&guard->m_mutex);
        guard->m_warnings << message;
    }
    if (guard && guard->m_previous)
        guard->m_previous(type, context, message);
    else
        qt_message_output(type, context, message);
}

} // namespace zenml::test
