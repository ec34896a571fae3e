#pragma once

#include "syncengine.h"

#include <QEventLoop>
#include <QObject>
#include <optional>

namespace zenml::sync {

// Starts a sync the admin asked for (SyncEngine::syncByHand) and spins a local event loop until
// it reports, for the headless, single-shot command line (and tests and benchmarks). Empty when
// the sync could not start (offline by choice, or one is running). Never use this from GUI code.
inline std::optional<SyncReport> awaitSync(SyncEngine &engine, SyncMode mode = SyncMode::Both,
                                           bool sweep = false)
{
    std::optional<SyncReport> report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&report, &loop](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    // The report may come before syncByHand() returns, when there is nothing to do.
    if (!engine.syncByHand(mode, sweep) && !report)
        return std::nullopt;
    if (!report)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return report;
}

} // namespace zenml::sync
