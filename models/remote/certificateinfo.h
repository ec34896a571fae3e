#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace zenml::remote {

// The peer certificate of a TLS connection that failed verification, in the terms an admin needs
// to decide whether to pin it (ServerEndpoint::pinnedSha256 = sha256).
struct CertificateInfo
{
    QString subject; // e.g. "CN=zenml.example.com, O=Example"
    QString issuer;
    QString sha256;      // "AB:CD:..." (ServerEndpoint::normalizeFingerprint form)
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QStringList errors;  // Qt's description of each verification error
    QByteArray pem;      // the certificate itself, for "view certificate"

    bool isNull() const { return sha256.isEmpty(); }

    static CertificateInfo fromCertificate(const QSslCertificate &certificate,
                                           const QList<QSslError> &errors = {});
};

} // namespace zenml::remote

Q_DECLARE_METATYPE(zenml::remote::CertificateInfo)
