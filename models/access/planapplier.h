#pragma once

#include "accessplan.h"
#include "domain/error.h"

namespace zenml {
class AdminService;
}

namespace zenml::access {

// Queues every change of a plan through the facade's verbs as one edit (AdminService::atomically:
// one transaction, all or nothing), in the plan's dependency order. A plan with problems is
// refused before anything is queued.
Status applyPlan(AdminService &service, const AccessPlan &plan);

} // namespace zenml::access
