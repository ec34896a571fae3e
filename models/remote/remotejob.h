#pragma once

#include "apicall.h"
#include "certificateinfo.h"
#include "domain/error.h"
#include "serverendpoint.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace zenml::remote {

// One call of the ZenML API. Subclasses add exactly one completion signal,
// `finished(const zenml::Result<T> &)`, emitted once (success, error, timeout or abort), after
// which the job deletes itself with deleteLater(). Connect before start(); errors found before
// any network traffic are still delivered asynchronously.
class RemoteJob : public QObject
{
    Q_OBJECT

public:
    RemoteJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
              QObject *parent = nullptr);
    ~RemoteJob() override;

    // Sends the request; a second call does nothing.
    void start();
    // Stops the job; it finishes with ErrorKind::Cancelled unless it already finished.
    void abort();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const ServerEndpoint &endpoint() const { return m_endpoint; }
    const ApiCall &call() const { return m_call; }
    // Set when the job failed on a certificate that did not verify (and was not pinned), so the
    // GUI or CLI can show it and offer to pin its fingerprint. Valid in the finished() slot.
    std::optional<CertificateInfo> rejectedCertificate() const { return m_rejectedCertificate; }

signals:
    // Emitted just before finished() when a TLS verification failure ends the job.
    void certificateRejected(const zenml::remote::CertificateInfo &certificate);

protected:
    // The parsed JSON of a 2xx answer; the subclass parses it and completes (or sends another
    // request, as the list jobs do).
    virtual void handleJson(const QJsonValue &json) = 0;
    // Emits finished(error) in the subclass (through its own complete()).
    virtual void deliverError(const Error &error) = 0;
    // The first request; list jobs override it to start at page 1.
    virtual void begin();

    // Sends one request; the timeout applies to each request on its own.
    void send(const ApiCall &call);
    // Ends the job with an error (guards against a second completion).
    void fail(const Error &error);
    // Call at the top of each subclass's complete(): returns false when the job already
    // finished; otherwise marks it finished, stops the network and schedules deleteLater().
    bool claimCompletion();

private:
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void dropReply();

    QPointer<QNetworkAccessManager> m_network;
    ServerEndpoint m_endpoint;
    ApiCall m_call;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    QTimer m_timer;
    QList<QSslError> m_sslErrors;
    std::optional<CertificateInfo> m_peerCertificate;
    std::optional<CertificateInfo> m_rejectedCertificate;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace zenml::remote
