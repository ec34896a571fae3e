// File > Export access model…, Apply access model…, Import users from CSV…: the same models/access
// core as the command line's export, apply and user import.
#include "access/accessjson.h"
#include "access/accessplan.h"
#include "access/accessyaml.h"
#include "access/mirrorsnapshot.h"
#include "access/userimport.h"
#include "commands/applyaccesscommand.h"
#include "commands/editor.h"
#include "commands/prompter.h"
#include "dialogs/accessplandialog.h"
#include "dialogs/csvimportdialog.h"
#include "mainwindow.h"
#include "service/adminservice.h"

#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QUndoStack>

namespace zenml::gui {

namespace {
bool isJsonName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}
} // namespace

void MainWindow::exportAccessModel()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export access model"), QStringLiteral("access.yaml"),
                                     tr("Access model (*.yaml *.yml *.json)"));
    if (fileName.isEmpty())
        return;
    auto mirror = access::snapshotOf(m_service.store());
    if (!mirror) {
        m_prompter.showError(this, tr("The access model was not exported"), mirror.error().message);
        return;
    }
    const QByteArray bytes =
        isJsonName(fileName) ? access::toJson(mirror->model) : access::toYaml(mirror->model);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_prompter.showError(this, tr("The access model was not exported"),
                             tr("Cannot write '%1': %2.").arg(fileName, file.errorString()));
}

void MainWindow::applyAccessModel()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Apply access model"), {},
                                                          tr("Access model (*.yaml *.yml *.json)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompter.showError(this, tr("The access model was not applied"),
                             tr("Cannot read '%1': %2.").arg(fileName, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    QList<access::Problem> problems;
    access::AccessModel model = isJsonName(fileName) || bytes.trimmed().startsWith('{')
                                    ? access::fromJson(bytes, problems)
                                    : access::fromYaml(bytes, problems);
    auto mirror = access::snapshotOf(m_service.store());
    if (!mirror) {
        m_prompter.showError(this, tr("The access model was not applied"), mirror.error().message);
        return;
    }
    const access::AccessPlan plan = access::makePlan(model, *mirror, false, problems);
    AccessPlanDialog dialog(plan, fileName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One undo step for the whole apply, on the session's stack like every other edit.
    auto command = std::make_unique<ApplyAccessCommand>(m_service, std::move(model), false);
    command->setErrorSink([this](const Error &error) {
        m_prompter.showError(this, tr("The change was not made"), error.message);
    });
    if (Status s = command->execute(); !s) {
        m_prompter.showError(this, tr("The access model was not applied"), s.error().message);
        return;
    }
    m_editor->undoStack()->push(command.release());
}

void MainWindow::importUsersFromCsv()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import users from CSV"), {},
                                                          tr("CSV files (*.csv *.txt)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompter.showError(this, tr("No users were imported"),
                             tr("Cannot read '%1': %2.").arg(fileName, file.errorString()));
        return;
    }
    auto mirror = access::namesOf(m_service.store());
    if (!mirror) {
        m_prompter.showError(this, tr("No users were imported"), mirror.error().message);
        return;
    }
    const access::UserImport import = access::readUserImport(file.readAll(), *mirror);
    CsvImportDialog dialog(import, fileName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = access::importUsers(m_service, import); !s) {
        m_prompter.showError(this, tr("No users were imported"), s.error().message);
        return;
    }
    if (m_service.profileKind() == ProfileKind::Server)
        showPage(QStringLiteral("invitations"));
}

} // namespace zenml::gui
