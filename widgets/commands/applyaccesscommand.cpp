#include "applyaccesscommand.h"

#include "access/accessplan.h"
#include "access/mirrorsnapshot.h"
#include "access/planapplier.h"
#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

namespace {
struct ApplyAccessText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::gui::ApplyAccessCommand)
};

Status applyModel(AdminService &service, const access::AccessModel &model, bool prune)
{
    auto mirror = access::snapshotOf(service.store());
    if (!mirror)
        return mirror.error();
    const access::AccessPlan plan = access::makePlan(model, *mirror, prune);
    return access::applyPlan(service, plan);
}
} // namespace

ApplyAccessCommand::ApplyAccessCommand(AdminService &service, access::AccessModel file, bool prune)
    : ServiceCommand(service, ApplyAccessText::tr("Apply access model"))
    , m_file(std::move(file))
    , m_prune(prune)
{}

Status ApplyAccessCommand::apply()
{
    auto before = access::snapshotOf(m_service.store());
    if (!before)
        return before.error();
    m_before = before->model;
    return applyModel(m_service, m_file, m_prune);
}

Status ApplyAccessCommand::revert()
{
    return applyModel(m_service, m_before, true);
}

} // namespace zenml::gui
