#include "service/demodata.h"

#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"

#include <optional>

namespace zenml {

Status fillDemoData(AdminService &service)
{
    AdminService &s = service;
    std::optional<Error> firstError;
    const auto check = [&firstError](const auto &result) {
        if (!result && !firstError)
            firstError = result.error();
        return result.ok();
    };
    bool ok = true;
    ok = ok && check(s.createWorkspace(QStringLiteral("research"), QStringLiteral("Experiments")));
    ok = ok && check(s.createWorkspace(QStringLiteral("production"), QStringLiteral("Serving")));
    ok = ok && check(s.createRole(QStringLiteral("viewer"), Permission::Read));
    ok = ok && check(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write));
    ok = ok && check(s.createRole(QStringLiteral("auditor"), Permission::Read | Permission::Me));
    ok = ok && check(s.createRole(QStringLiteral("ml-engineer"),
                                  Permission::Read | Permission::Write | Permission::Me));
    struct Person
    {
        const char *name, *full, *role;
        bool active;
    };
    const Person people[] = {
        {"anna.schmidt", "Anna Schmidt", "admin", true},
        {"ben.okafor", "Ben Okafor", "ml-engineer", true},
        {"carla.rossi", "Carla Rossi", "ml-engineer", true},
        {"dev.patel", "Dev Patel", "editor", true},
        {"emma.larsen", "Emma Larsen", "viewer", true},
        {"felix.wagner", "Felix Wagner", "editor", true},
        {"gina.novak", "Gina Novak", "auditor", true},
        {"hugo.dubois", "Hugo Dubois", "viewer", false},
        {"ines.garcia", "Ines Garcia", "ml-engineer", true},
        {"jan.kowalski", "Jan Kowalski", "guest", true},
        {"kira.nguyen", "Kira Nguyen", "editor", true},
        {"lars.meyer", "Lars Meyer", "viewer", false},
        {"mia.fischer", "Mia Fischer", "ml-engineer", true},
        {"noah.becker", "Noah Becker", "guest", true},
        {"olga.ivanova", "Olga Ivanova", "auditor", true},
        {"paul.richter", "Paul Richter", "editor", true},
    };
    for (const Person &p : people) {
        UserDraft draft{QString::fromUtf8(p.name),
                        QString::fromUtf8(p.full),
                        QString::fromUtf8(p.name) + QStringLiteral("@example.com"),
                        p.active ? std::optional<QString>(QStringLiteral("demo")) : std::nullopt,
                        {QString::fromUtf8(p.role)}};
        ok = ok && check(s.createUser(draft));
    }
    ok = ok && check(s.createTeam(QStringLiteral("platform"),
                                  {QStringLiteral("anna.schmidt"), QStringLiteral("dev.patel"),
                                   QStringLiteral("felix.wagner"), QStringLiteral("kira.nguyen")}));
    ok = ok && check(s.createTeam(QStringLiteral("data-science"),
                                  {QStringLiteral("ben.okafor"), QStringLiteral("carla.rossi"),
                                   QStringLiteral("ines.garcia"), QStringLiteral("mia.fischer")}));
    ok = ok && check(s.createTeam(QStringLiteral("compliance"),
                                  {QStringLiteral("gina.novak"), QStringLiteral("olga.ivanova")}));
    const QList<AssignmentTarget> extra{
        {QStringLiteral("editor"),
         {QStringLiteral("ben.okafor"), QStringLiteral("carla.rossi")},
         {},
         QStringLiteral("production")},
        {QStringLiteral("admin"), {QStringLiteral("dev.patel")}, {}, QStringLiteral("research")},
        {QStringLiteral("viewer"), {QStringLiteral("gina.novak")}, {}, {}},
        {QStringLiteral("ml-engineer"),
         {},
         {QStringLiteral("data-science")},
         QStringLiteral("research")},
        {QStringLiteral("editor"), {}, {QStringLiteral("platform")}, {}},
        {QStringLiteral("auditor"), {}, {QStringLiteral("compliance")}, {}},
    };
    for (const AssignmentTarget &t : extra)
        ok = ok && check(s.assignRole(t));
    if (!ok)
        return *firstError;
    return {};
}

Status createDemoProfile(ProfileManager &profiles, const QString &name)
{
    if (profiles.exists(name))
        return {};
    if (auto created = profiles.createLocal(name); !created)
        return created.error();
    auto store = profiles.open(name);
    if (!store)
        return store.error();
    AdminService service(*store.value(), ProfileKind::Local);
    return fillDemoData(service);
}

} // namespace zenml
