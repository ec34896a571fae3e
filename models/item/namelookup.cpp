#include "namelookup.h"

#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

namespace zenml::namelookup {

namespace {
NamedTable &tableOf(const AdminService &service, EntityKind kind)
{
    // The facade hands out its store non-const; the lookups here only read.
    LocalStore &store = const_cast<AdminService &>(service).store();
    switch (kind) {
    case EntityKind::Team:
        return store.teams();
    case EntityKind::Role:
        return store.roles();
    case EntityKind::Workspace:
        return store.workspaces();
    default:
        return store.users();
    }
}
} // namespace

Result<bool> taken(const AdminService &service, EntityKind kind, const QString &name,
                   const QString &exceptId)
{
    auto ref = tableOf(service, kind).refByName(name);
    if (!ref)
        return ref.error();
    return ref.value().has_value() && ref.value()->id != exceptId;
}

Result<QStringList> names(const AdminService &service, EntityKind kind)
{
    auto refs = tableOf(service, kind).allRefs();
    if (!refs)
        return refs.error();
    QStringList out;
    out.reserve(refs->size());
    for (const NamedRef &ref : *refs)
        out << ref.name;
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace zenml::namelookup
