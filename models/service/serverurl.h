#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace zenml {

// The rules for a ZenML server URL as an admin types it: http or https, a host, an optional path
// prefix, no query or credentials; stored without a trailing slash so that the same server always
// has the same spelling.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)

public:
    // "HTTPS://Zen.example.com/zen/" → "https://zen.example.com/zen"; Invalid with a sentence
    // that says what is wrong otherwise.
    static Result<QUrl> normalize(const QString &text);

    // True for 127.0.0.0/8, ::1 and "localhost": traffic that never leaves this computer.
    static bool isLoopback(const QUrl &url);

    // Plain http:// to another host: the password and the token would cross the network in
    // clear text, so the admin has to confirm it first.
    static bool needsInsecureConfirmation(const QUrl &url);

    // The sentence that explains the risk (the GUI asks it as a question, the CLI prints it).
    static QString insecureWarning(const QUrl &url);
};

} // namespace zenml
