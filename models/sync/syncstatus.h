#pragma once

#include "pullresult.h"
#include "pusher.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace zenml::sync {

enum class SyncMode { Both, PushOnly, PullOnly };

// Reachability as the last exchange with the server showed it.
enum class Connectivity {
    Unknown,        // nothing tried yet
    Online,         // the last sync reached the server
    Offline,        // the server could not be reached (refused, timed out, no network)
    Error,          // the server answered, but the sync failed (sign-in refused, store error)
    WorkingOffline, // the admin switched syncing off
};

enum class SyncPhase { Idle, Pushing, Pulling };

// What the status bar and `zenml-admin status` show.
struct SyncStatus
{
    Connectivity connectivity = Connectivity::Unknown;
    SyncPhase phase = SyncPhase::Idle;
    int done = 0;  // operations pushed or pages pulled so far in this phase
    int total = 0; // of this many
    int pending = 0;
    int failed = 0;
    int conflicts = 0;
    QDateTime lastSuccess; // the end of the last sync that completed without error
    QString lastError;
    // While a push waits to try again (the server could not be reached or asked to wait): when
    // the next try starts. Invalid otherwise.
    QDateTime retryAt;
};

// How one sync ended.
struct SyncReport
{
    SyncMode mode = SyncMode::Both;
    std::optional<PushReport> push;
    std::optional<PullReport> pull;
    std::optional<Error> error; // the first error that stopped the sync

    bool ok() const { return !error.has_value(); }
};

} // namespace zenml::sync

Q_DECLARE_METATYPE(zenml::sync::SyncStatus)
Q_DECLARE_METATYPE(zenml::sync::SyncReport)
