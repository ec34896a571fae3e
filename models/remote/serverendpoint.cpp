#include "serverendpoint.h"

namespace zenml::remote {

QUrl ServerEndpoint::apiUrl(const QString &apiPath) const
{
    QUrl url = baseUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // Tolerant mode keeps the %XX sequences of the already-encoded path segments as they are.
    url.setPath(prefix + QStringLiteral("/api/v1") + apiPath, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ServerEndpoint::pinMatches(const QString &sha256) const
{
    const QString pin = normalizeFingerprint(pinnedSha256);
    return !pin.isEmpty() && pin == normalizeFingerprint(sha256);
}

QString ServerEndpoint::normalizeFingerprint(const QString &text)
{
    QString hex;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    }
    // Only a complete SHA-256 (32 bytes) is a fingerprint; anything else never matches.
    if (hex.size() != 64)
        return {};
    for (QChar c : std::as_const(hex)) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return {};
    }
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out.append(QLatin1Char(':'));
        out.append(hex.mid(i, 2));
    }
    return out;
}

} // namespace zenml::remote
