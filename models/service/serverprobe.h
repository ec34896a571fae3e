#pragma once

#include "domain/error.h"
#include "remote/certificateinfo.h"
#include "remote/serverinfo.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace zenml {

// "Test connection" for a server that has no profile yet: GET /info and the version check, with
// an optional pinned certificate. One probe at a time; a new probe aborts the previous one.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    // `url` as ServerUrl::normalize gives it; `pinnedSha256` may be empty.
    void probe(const QUrl &url, const QString &pinnedSha256,
               std::chrono::milliseconds timeout = std::chrono::milliseconds(15000));
    // The certificate of the last probe that failed TLS verification.
    std::optional<remote::CertificateInfo> rejectedCertificate() const { return m_rejected; }

signals:
    void finished(const zenml::Result<zenml::remote::ServerInfo> &result);

private:
    QPointer<QNetworkAccessManager> m_network;
    QPointer<QObject> m_job;
    std::optional<remote::CertificateInfo> m_rejected;
};

} // namespace zenml
