#include "certificateinfo.h"

#include "serverendpoint.h"

#include <QCryptographicHash>

namespace zenml::remote {

namespace {

QString describeName(const QSslCertificate &certificate, bool issuer)
{
    // Most significant parts first, the way browsers show a distinguished name.
    static const QList<QSslCertificate::SubjectInfo> order{QSslCertificate::CommonName,
                                                           QSslCertificate::Organization,
                                                           QSslCertificate::OrganizationalUnitName,
                                                           QSslCertificate::LocalityName,
                                                           QSslCertificate::StateOrProvinceName,
                                                           QSslCertificate::CountryName};
    static const QStringList keys{QStringLiteral("CN"), QStringLiteral("O"),  QStringLiteral("OU"),
                                  QStringLiteral("L"),  QStringLiteral("ST"), QStringLiteral("C")};
    QStringList parts;
    for (int i = 0; i < order.size(); ++i) {
        const QStringList values =
            issuer ? certificate.issuerInfo(order[i]) : certificate.subjectInfo(order[i]);
        for (const QString &v : values)
            parts << keys[i] + QLatin1Char('=') + v;
    }
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate,
                                                 const QList<QSslError> &errors)
{
    CertificateInfo info;
    for (const QSslError &e : errors)
        info.errors << e.errorString();
    if (certificate.isNull())
        return info;
    info.subject = describeName(certificate, false);
    info.issuer = describeName(certificate, true);
    info.sha256 = ServerEndpoint::normalizeFingerprint(
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.pem = certificate.toPem();
    return info;
}

} // namespace zenml::remote
