#include "remotejob.h"

#include "errormapper.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace zenml::remote {

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("zenml-admin/" ZENML_ADMIN_VERSION);

bool isTransportError(QNetworkReply::NetworkError code)
{
    // Qt numbers connection-level errors 1-99 and proxy errors 101-199; from 201 on the codes
    // mirror HTTP statuses, whose bodies the ErrorMapper reads instead.
    return code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied;
}

} // namespace

RemoteJob::RemoteJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_call(std::move(call))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RemoteJob::onTimeout);
}

RemoteJob::~RemoteJob()
{
    dropReply();
}

void RemoteJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (m_call.refusal || !m_network) {
        // Queued, so a caller that connects right after start() still hears about it.
        const Error error = m_call.refusal.value_or(
            Error::make(ErrorKind::Network, tr("No network access is available.")));
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    begin();
}

void RemoteJob::begin()
{
    send(m_call);
}

void RemoteJob::abort()
{
    fail(ErrorMapper::cancelled());
}

void RemoteJob::send(const ApiCall &call)
{
    dropReply();
    m_sslErrors.clear();
    m_peerCertificate.reset();
    QUrl url = m_endpoint.apiUrl(call.path);
    if (!call.query.isEmpty())
        url.setQuery(call.encodedQuery(), QUrl::StrictMode);
    m_currentUrl = url;

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", kUserAgent);
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (call.authenticated && !m_endpoint.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.token.toUtf8());
    // Follow only same-origin redirects: the bearer token must not travel to another host or
    // in clear. Anything else ends the job with a message that names the new address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    QNetworkReply *reply = call.body.isEmpty() && call.verb != "POST" && call.verb != "PUT"
                               ? m_network->sendCustomRequest(request, call.verb)
                               : m_network->sendCustomRequest(request, call.verb, call.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &RemoteJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &RemoteJob::onSslErrors);
    // A zero or negative timeout would fire at once; fall back to the default then.
    m_timer.start(m_endpoint.timeout.count() > 0 ? m_endpoint.timeout : ServerEndpoint().timeout);
}

void RemoteJob::onSslErrors(const QList<QSslError> &errors)
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    const CertificateInfo info = CertificateInfo::fromCertificate(peer, errors);
    // Verification stays on: only the exact certificate the admin pinned is let through.
    if (!info.isNull() && m_endpoint.pinMatches(info.sha256)) {
        reply->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
    m_peerCertificate = info;
}

void RemoteJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender() || m_finished)
        return;
    m_timer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->rawHeader("Content-Type");

    if (!m_sslErrors.isEmpty() && m_peerCertificate) {
        m_rejectedCertificate = m_peerCertificate;
        emit certificateRejected(*m_peerCertificate);
        fail(ErrorMapper::fromTls(m_sslErrors, *m_peerCertificate, m_currentUrl));
        return;
    }
    // A redirect still here was not followed (another origin, see send()); Qt reports it as
    // InsecureRedirectError, which reads worse than the new address.
    if (status >= 300 && status < 400) {
        fail(ErrorMapper::redirect(status, m_currentUrl,
                                   QUrl::fromEncoded(reply->rawHeader("Location"))));
        return;
    }
    if (isTransportError(code) || (code != QNetworkReply::NoError && status == 0)) {
        fail(ErrorMapper::fromNetwork(code, reply->errorString(), m_currentUrl));
        return;
    }
    if (status < 200 || status >= 300) {
        fail(ErrorMapper::fromHttp(status, body, m_currentUrl, contentType));
        return;
    }
    auto json = ErrorMapper::parseBody(body, m_currentUrl, contentType);
    if (!json) {
        fail(json.error());
        return;
    }
    handleJson(*json);
}

void RemoteJob::onTimeout()
{
    if (m_finished)
        return;
    fail(ErrorMapper::timeout(m_currentUrl, m_timer.interval()));
}

void RemoteJob::fail(const Error &error)
{
    if (m_finished)
        return;
    // The subclass completes (claimCompletion + finished), or, for a list that restarts after
    // a page ran past the end, sends a new request instead.
    deliverError(error);
}

bool RemoteJob::claimCompletion()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_timer.stop();
    dropReply();
    deleteLater();
    return true;
}

void RemoteJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Ended exactly once, by deleting it: the destructor stops the request. abort() would set
    // the reply's error to "cancelled" while the network thread's own answer (an error, say a
    // 401 that made the puller drop its other lists) may already wait in the event queue; that
    // answer then sets the error a second time, and Qt warns "QNetworkReplyImplPrivate::error:
    // Internal problem, this method must only be called once". A deleted reply gets no queued
    // calls. No signal of this reply is being delivered here: onReplyFinished() takes m_reply
    // before it finishes the job.
    delete reply;
}

} // namespace zenml::remote
