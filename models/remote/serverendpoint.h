#pragma once

#include <QString>
#include <QUrl>
#include <chrono>

namespace zenml::remote {

// Where and how to reach one ZenML server. A value: jobs copy it, so changing the token later does
// not disturb jobs already running.
struct ServerEndpoint
{
    // The server URL as the admin typed it; may carry a path prefix (https://host/zen routes to
    // https://host/zen/api/v1/...).
    QUrl baseUrl;
    // Bearer token; empty means "send no Authorization header". A credential: never log it.
    QString token;
    // SHA-256 fingerprint of a certificate the admin chose to trust despite TLS errors; hex with
    // or without colons, any case. Empty means "trust only what the system trusts".
    QString pinnedSha256;
    // Longest wait for one HTTP answer (each page of a list counts on its own).
    std::chrono::milliseconds timeout{30000};

    // baseUrl + "/api/v1" + apiPath; apiPath starts with '/' and is already percent-encoded.
    QUrl apiUrl(const QString &apiPath) const;

    // True when a pin is set and equals the given fingerprint (format-insensitive).
    bool pinMatches(const QString &sha256) const;

    // "AB:CD:..." upper-case hex pairs, the form shown to people and stored in profiles.
    static QString normalizeFingerprint(const QString &text);
};

} // namespace zenml::remote
