#pragma once

#include "domain/error.h"

namespace zenml::cli {

// The process exit codes of zenml-admin's command line. Scripts rely on them: never renumber,
// only append.
enum ExitCode : int {
    Success = 0,
    Failure = 1,        // anything not covered below (for example a cancelled operation)
    UsageError = 2,     // unknown command or option, missing argument, malformed value
    NotFound = 3,       // the named user, team, role, workspace or profile does not exist, or a
                        // prefix matches more than one of them (ambiguous: no unique match)
    RuleViolation = 4,  // a ZenML rule refused the edit: invalid name or permission, duplicate,
                        // built-in or default entity, role still assigned, edit conflict
    IoFailure = 5,      // the profile database, the data folder or the keychain failed
    NetworkFailure = 6, // the server could not be reached or answered outside the contract
    NotAuthorized = 7,  // not signed in, the session expired, or the user lacks a permission
    Busy = 8,           // another zenml-admin (command line or window) is syncing the profile;
                        // try again when it has ended
    Drift = 9,          // plan --check: the profile differs from the access file
};

// The one place where an error kind becomes an exit code.
ExitCode exitCodeFor(ErrorKind kind);

} // namespace zenml::cli
