#include "exitcodes.h"

namespace zenml::cli {

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return UsageError;
    case ErrorKind::NotFound:
    case ErrorKind::Ambiguous:
        return NotFound;
    case ErrorKind::Invalid:
    case ErrorKind::AlreadyExists:
    case ErrorKind::Forbidden:
    case ErrorKind::Conflict:
        return RuleViolation;
    case ErrorKind::Io:
    case ErrorKind::Keychain:
        return IoFailure;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Tls:
    case ErrorKind::Protocol:
    case ErrorKind::Server:
    case ErrorKind::Unsupported:
        return NetworkFailure;
    case ErrorKind::Unauthorized:
    case ErrorKind::PermissionDenied:
        return NotAuthorized;
    case ErrorKind::Busy:
        return Busy;
    case ErrorKind::Cancelled:
        return Failure;
    }
    return Failure;
}

} // namespace zenml::cli
