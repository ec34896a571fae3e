#include "servicecommand.h"

#include "service/adminservice.h"

namespace zenml::gui {

ServiceCommand::ServiceCommand(AdminService &service, const QString &text)
    : QUndoCommand(text)
    , m_service(service)
{}

Status ServiceCommand::execute()
{
    Status done = m_service.atomically([this] { return apply(); });
    m_executed = done.ok();
    return done;
}

void ServiceCommand::redo()
{
    // QUndoStack::push() calls redo(); the edit already ran in execute().
    if (m_executed) {
        m_executed = false;
        return;
    }
    report(m_service.atomically([this] { return apply(); }));
}

void ServiceCommand::undo()
{
    report(m_service.atomically([this] { return revert(); }));
}

void ServiceCommand::report(const Status &status)
{
    if (!status && m_sink)
        m_sink(status.error());
}

} // namespace zenml::gui
