// zenml-dialog-shots DATA_DIR OUT_DIR LANG: pictures of the app's dialogs as a person meets them,
// filled from the demo profile in DATA_DIR (zenml-demo-data), one PNG per dialog into OUT_DIR,
// named LANG-dialog-NAME.png. scripts/screenshot.sh runs it next to the pages' pictures; each
// dialog is laid out, shown and grabbed, never run, so nothing waits for a click.
#include "about/about.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/assigndialog.h"
#include "dialogs/invitationlinkdialog.h"
#include "dialogs/invitedialog.h"
#include "dialogs/roledialog.h"
#include "dialogs/userdialog.h"
#include "dialogs/workspacedialog.h"
#include "i18n/translations.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/usertable.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace zenml;
using namespace zenml::gui;

namespace {

int failures = 0;

void shoot(QDialog &dialog, const QString &file)
{
    dialog.adjustSize();
    dialog.show();
    QApplication::processEvents();
    if (!dialog.grab().save(file)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
        ++failures;
        return;
    }
    std::printf("wrote %s\n", qPrintable(file));
    dialog.hide();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: zenml-dialog-shots DATA_DIR OUT_DIR LANG\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QString lang = QString::fromLocal8Bit(argv[3]);
    // The app carries its .qm files as resources; this tool loads the same files from the build
    // folder, then Qt's own through i18n::install.
    QTranslator ours;
    if (!ours.load(QStringLiteral("zenml-admin_") + lang, QStringLiteral(ZENML_QM_DIR))) {
        std::fprintf(stderr, "no translation '%s' in %s\n", qPrintable(lang), ZENML_QM_DIR);
        return 1;
    }
    i18n::install(lang);
    QCoreApplication::installTranslator(&ours);
    // No dialog may outlive a minute, whatever happens.
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "zenml-dialog-shots: gave up after 60 s\n");
        std::exit(1);
    });

    ProfileManager profiles(dataDir);
    auto store = profiles.open(ProfileManager::kDefaultProfile);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    AdminService service(*store.value(), ProfileKind::Local);
    const auto name = [&](const QString &dialog) {
        return out.filePath(lang + QStringLiteral("-dialog-") + dialog + QStringLiteral(".png"));
    };

    const auto user = store.value()->users().byName(QStringLiteral("anna.schmidt"));
    if (user && user.value()) {
        UserDialog dialog(service, *user.value());
        shoot(dialog, name(QStringLiteral("user")));
    } else {
        std::fprintf(stderr, "the demo profile has no user anna.schmidt\n");
        ++failures;
    }
    const auto role = store.value()->roles().byName(QStringLiteral("ml-engineer"));
    if (role && role.value()) {
        RoleDialog dialog(service, *role.value());
        shoot(dialog, name(QStringLiteral("role")));
    } else {
        std::fprintf(stderr, "the demo profile has no role ml-engineer\n");
        ++failures;
    }
    {
        WorkspaceDialog dialog(service);
        shoot(dialog, name(QStringLiteral("workspace")));
    }
    {
        AssignDialog dialog(service, AssignDialog::Assign, SubjectKind::User,
                            {QStringLiteral("anna.schmidt")});
        shoot(dialog, name(QStringLiteral("assign")));
    }
    {
        InviteDialog dialog(service);
        shoot(dialog, name(QStringLiteral("invite")));
    }
    {
        // A link as a ZenML server's invitation gives it: the QR code holds the same text.
        InvitationLinkDialog dialog(QStringLiteral("0b7e5c4e-3f7a-4a51-9d3c-5a2f4e8b1c90"),
                                    QStringLiteral("lena.vogt"));
        dialog.setLink(QStringLiteral(
            "https://zenml.example.com/signup?user=0b7e5c4e-3f7a-4a51-9d3c-5a2f4e8b1c90"
            "&username=lena.vogt&token=Zx8Qp2Lr5Tn7Vw9Yb3Kd6Mf"));
        shoot(dialog, name(QStringLiteral("invitation-link")));
    }
    {
        AboutDialog dialog(about::gather(dataDir, nullptr, store.value().get()));
        shoot(dialog, name(QStringLiteral("about")));
    }
    return failures == 0 ? 0 : 1;
}
