#include "serverprobe.h"

#include "remote/compatibility.h"
#include "remote/remoteapi.h"

namespace zenml {

ServerProbe::ServerProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void ServerProbe::probe(const QUrl &url, const QString &pinnedSha256,
                        std::chrono::milliseconds timeout)
{
    if (auto *previous = qobject_cast<remote::InfoJob *>(m_job.data())) {
        disconnect(previous, nullptr, this, nullptr);
        previous->abort();
    }
    m_rejected.reset();
    remote::ServerEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.pinnedSha256 = pinnedSha256;
    endpoint.timeout = timeout;
    remote::InfoJob *job = remote::RemoteApi(m_network, endpoint).serverInfo();
    m_job = job;
    connect(job, &remote::RemoteJob::certificateRejected, this,
            [this](const remote::CertificateInfo &certificate) { m_rejected = certificate; });
    connect(job, &remote::InfoJob::finished, this,
            [this](const Result<remote::ServerInfo> &result) {
                if (result) {
                    if (Status compatible = remote::Compatibility::check(*result); !compatible) {
                        emit finished(compatible.error());
                        return;
                    }
                }
                emit finished(result);
            });
    job->start();
}

} // namespace zenml
