#include "syncrun.h"

#include "context.h"
#include "service/serverconnection.h"

#include <QEventLoop>

namespace zenml::cli {

void setUpEngine(sync::SyncEngine &engine, Context &ctx, ServerConnection &connection)
{
    engine.setReauthenticate([&connection](QObject *context, std::function<void(Status)> done) {
        connection.reauthenticate(context, std::move(done));
    });
    engine.useSecretStore(&ctx.secrets(), ctx.profileName());
}

std::optional<sync::SyncReport> syncAndWait(sync::SyncEngine &engine, sync::SyncMode mode,
                                            bool full)
{
    std::optional<sync::SyncReport> report;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                     [&report, &loop](const sync::SyncReport &r) {
                         report = r;
                         loop.quit();
                     });
    // The report may come before syncByHand() returns, when there is nothing to do.
    if (!engine.syncByHand(mode, full) && !report)
        return std::nullopt;
    if (!report)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return report;
}

} // namespace zenml::cli
