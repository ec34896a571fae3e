#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace zenml::test {

// Collects the warnings Qt's network layer prints (QNetworkReply, QNetworkAccessManager, the
// `qt.network.*` categories, TLS) while it lives, so that a test can fail on them: a warning such
// as "QNetworkReplyImplPrivate::error: Internal problem, this method must only be called once."
// means a reply was ended twice, which the client must never do. Every message is still passed
// on to the handler that was installed before. One guard at a time.
class NetworkWarningGuard
{
public:
    NetworkWarningGuard();
    ~NetworkWarningGuard();
    NetworkWarningGuard(const NetworkWarningGuard &) = delete;
    NetworkWarningGuard &operator=(const NetworkWarningGuard &) = delete;

    QStringList warnings() const;
    void clear();

    // Whether a message of this category and text comes from the network layer.
    static bool isNetworkWarning(const char *category, const QString &message);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_warnings;
};

} // namespace zenml::test
