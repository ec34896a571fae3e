// zenml-demo-data DATA_DIR: a local profile with a small, believable organisation, made through
// the facade (as the GUI and CLI would). scripts/screenshot.sh uses it for the README's pictures.
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace zenml;

namespace {
template<typename T> bool check(const Result<T> &r)
{
    if (!r)
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
    return r.ok();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: zenml-demo-data DATA_DIR\n");
        return 2;
    }
    ProfileManager profiles(QString::fromLocal8Bit(argv[1]));
    auto store = profiles.open(ProfileManager::kDefaultProfile);
    if (!check(store))
        return 1;
    AdminService s(*store.value(), ProfileKind::Local);
    bool ok = true;
    ok &= check(s.createWorkspace(QStringLiteral("research"), QStringLiteral("Experiments")));
    ok &= check(s.createWorkspace(QStringLiteral("production"), QStringLiteral("Serving")));
    ok &= check(s.createRole(QStringLiteral("viewer"), Permission::Read));
    ok &= check(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write));
    ok &= check(s.createRole(QStringLiteral("auditor"), Permission::Read | Permission::Me));
    ok &= check(s.createRole(QStringLiteral("ml-engineer"),
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
        ok &= check(s.createUser(draft));
    }
    ok &= check(s.createTeam(QStringLiteral("platform"),
                             {QStringLiteral("anna.schmidt"), QStringLiteral("dev.patel"),
                              QStringLiteral("felix.wagner"), QStringLiteral("kira.nguyen")}));
    ok &= check(s.createTeam(QStringLiteral("data-science"),
                             {QStringLiteral("ben.okafor"), QStringLiteral("carla.rossi"),
                              QStringLiteral("ines.garcia"), QStringLiteral("mia.fischer")}));
    ok &= check(s.createTeam(QStringLiteral("compliance"),
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
        ok &= check(s.assignRole(t));
    std::printf("demo profile in %s\n", argv[1]);
    return ok ? 0 : 1;
}
