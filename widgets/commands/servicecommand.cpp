#include "servicecommand.h"

#include "service/adminservice.h"

namespace zenml::gui {

ServiceCommand::ServiceCommand(AdminService &service, const QString &text)
    : QUndoCommand(text)
    , m_service(service)
{}

Status ServiceCommand::execute()
{
    Status done = applyRecorded();
    m_executed = done.ok();
    return done;
}

Status ServiceCommand::applyRecorded()
{
    Status done = m_service.atomically([this] { return apply(); });
    if (done)
        m_history = m_service.lastEditHistory();
    return done;
}

void ServiceCommand::redo()
{
    // QUndoStack::push() calls redo(); the edit already ran in execute().
    if (m_executed) {
        m_executed = false;
        return;
    }
    report(applyRecorded());
}

void ServiceCommand::undo()
{
    Status done = m_service.undoing(m_history, [this] { return revert(); });
    if (done)
        m_history.clear();
    report(done);
}

void ServiceCommand::report(const Status &status)
{
    if (!status && m_sink)
        m_sink(status.error());
}

} // namespace zenml::gui
