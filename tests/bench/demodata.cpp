// zenml-demo-data DATA_DIR: a local profile with a small, believable organisation, made through
// the facade (as the GUI and CLI would). scripts/screenshot.sh uses it for the README's pictures;
// the data is models/service/demodata.cpp, which the app's "Try it with sample data" uses too.
#include "service/demodata.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace zenml;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: zenml-demo-data DATA_DIR\n");
        return 2;
    }
    ProfileManager profiles(QString::fromLocal8Bit(argv[1]));
    auto store = profiles.open(ProfileManager::kDefaultProfile);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    AdminService service(*store.value(), ProfileKind::Local);
    if (Status s = fillDemoData(service); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    std::printf("demo profile in %s\n", argv[1]);
    return 0;
}
