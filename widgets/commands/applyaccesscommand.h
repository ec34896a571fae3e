#pragma once

#include "access/accessmodel.h"
#include "servicecommand.h"

namespace zenml::gui {

// Applying an access file as one undoable step. apply() queues the plan of the file against the
// mirror; revert() queues the plan back to the model the mirror had before (with prune: what the
// apply created goes again), both in one transaction each.
class ApplyAccessCommand : public ServiceCommand
{
public:
    ApplyAccessCommand(AdminService &service, access::AccessModel file, bool prune);

protected:
    Status apply() override;
    Status revert() override;

private:
    access::AccessModel m_file;
    bool m_prune;
    access::AccessModel m_before;
};

} // namespace zenml::gui
