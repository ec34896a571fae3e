#include "pages/reviewpage.h"

#include "commands/editor.h"
#include "commands/prompter.h"
#include "review/reviewreport.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenml::gui {

namespace {
constexpr int kRowIndexRole = Qt::UserRole + 1;
}

ReviewPage::ReviewPage(Editor &editor, const QString &profileName, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_profileName(profileName)
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_staleDays(new QSpinBox(this))
    , m_findings(new QListWidget(this))
    , m_explanation(new QLabel(this))
    , m_rows(new QTreeWidget(this))
    , m_show(new QPushButton(tr("Sho&w"), this))
    , m_act(new QPushButton(tr("Fi&x…"), this))
    , m_pdf(new QPushButton(tr("Export as &PDF…"), this))
    , m_csv(new QPushButton(tr("Export as &CSV…"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_note->setWordWrap(true);
    m_note->setText(tr("A local profile records roles but does not enforce them."));
    m_note->setVisible(editor.service().profileKind() == ProfileKind::Local);
    m_error->setWordWrap(true);
    m_error->hide();
    m_staleDays->setObjectName(QStringLiteral("reviewStaleDays"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setValue(review::AccessReview::kDefaultStaleDays);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setAccessibleName(tr("Invitations are stale after this many days"));
    auto *staleLabel = new QLabel(tr("Invitations are stale &after:"), this);
    staleLabel->setBuddy(m_staleDays);
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_explanation->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("reviewRows"));
    m_rows->setAccessibleName(tr("Rows of the finding"));
    m_rows->setRootIsDecorated(false);
    m_rows->setColumnCount(2);
    m_rows->setHeaderLabels({tr("Name"), tr("Details")});
    m_rows->header()->setStretchLastSection(true);
    m_rows->setColumnWidth(0, 220);
    // Access keys clear of the menu bar's (File, Edit, Selection, View, Help; in German Datei,
    // Bearbeiten, Auswahl, Ansicht, Hilfe).
    m_show->setObjectName(QStringLiteral("reviewShow"));
    m_show->setToolTip(tr("Show the selected row on its page (Enter)"));
    m_act->setObjectName(QStringLiteral("reviewAct"));
    m_pdf->setObjectName(QStringLiteral("reviewExportPdf"));
    m_csv->setObjectName(QStringLiteral("reviewExportCsv"));
    m_pdf->setToolTip(tr("Write the review as a PDF report, as 'zenml-admin review --pdf' does"));
    m_csv->setToolTip(tr("Write every finding's rows as CSV"));

    auto *top = new QHBoxLayout;
    top->addWidget(staleLabel);
    top->addWidget(m_staleDays);
    top->addStretch(1);
    top->addWidget(m_pdf);
    top->addWidget(m_csv);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_explanation);
    lowerLayout->addWidget(m_rows, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_act);
    lowerLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_staleDays, &QSpinBox::valueChanged, this, &ReviewPage::reload);
    connect(m_findings, &QListWidget::currentRowChanged, this, &ReviewPage::showFinding);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, &ReviewPage::updateButtons);
    connect(m_rows, &QTreeWidget::itemActivated, this, &ReviewPage::showSelected);
    connect(m_show, &QPushButton::clicked, this, &ReviewPage::showSelected);
    connect(m_act, &QPushButton::clicked, this, &ReviewPage::actOnSelected);
    connect(m_pdf, &QPushButton::clicked, this, &ReviewPage::exportPdfAs);
    connect(m_csv, &QPushButton::clicked, this, &ReviewPage::exportCsvAs);
    // At 100,000 users a review takes a moment: run it again only where it is seen.
    m_rerun.setSingleShot(true);
    m_rerun.setInterval(0);
    connect(&m_rerun, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    connect(&editor.service(), &AdminService::changed, this, [this] {
        m_stale = true;
        m_rerun.start();
    });
    updateButtons();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void ReviewPage::reload()
{
    m_stale = false;
    m_rerun.stop();
    const int current = qMax(0, m_findings->currentRow());
    const QString currentName = selectedRow() ? selectedRow()->entityName : QString();
    auto result = review::AccessReview(m_editor.service()).run(m_staleDays->value());
    m_error->setVisible(!result);
    if (!result) {
        m_error->setText(result.error().message);
        return;
    }
    m_result = *result;
    const QSignalBlocker block(m_findings);
    m_findings->clear();
    for (const review::Finding &f : std::as_const(m_result.findings)) {
        //: A finding of the access review and how many rows it has
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(f.title()).arg(f.rows.size()));
        item->setToolTip(f.explanation());
        m_findings->addItem(item);
    }
    m_findings->setCurrentRow(qMin(current, int(m_findings->count()) - 1));
    showFinding(m_findings->currentRow());
    if (!currentName.isEmpty())
        selectRow(currentName);
}

void ReviewPage::showFinding(int index)
{
    m_rows->clear();
    if (index < 0 || index >= m_result.findings.size()) {
        m_explanation->clear();
        updateButtons();
        return;
    }
    const review::Finding &f = m_result.findings.at(index);
    m_explanation->setText(f.rows.isEmpty() ? tr("%1 None found.").arg(f.explanation())
                                            : f.explanation());
    QList<QTreeWidgetItem *> items;
    items.reserve(f.rows.size());
    for (int r = 0; r < f.rows.size(); ++r) {
        const review::FindingRow &row = f.rows.at(r);
        auto *item = new QTreeWidgetItem({row.entityName, row.detail});
        item->setData(0, kRowIndexRole, r);
        item->setToolTip(1, row.detail);
        items << item;
    }
    m_rows->addTopLevelItems(items);
    if (!items.isEmpty())
        m_rows->setCurrentItem(items.first());
    updateButtons();
}

int ReviewPage::countOf(review::FindingKind kind) const
{
    for (const review::Finding &f : m_result.findings) {
        if (f.kind == kind)
            return int(f.rows.size());
    }
    return -1;
}

bool ReviewPage::selectFinding(review::FindingKind kind)
{
    for (int i = 0; i < m_result.findings.size(); ++i) {
        if (m_result.findings.at(i).kind == kind) {
            m_findings->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool ReviewPage::selectRow(const QString &entityName)
{
    const auto found = m_rows->findItems(entityName, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    m_rows->setCurrentItem(found.first());
    return true;
}

const review::FindingRow *ReviewPage::selectedRow() const
{
    const int finding = m_findings->currentRow();
    const QTreeWidgetItem *item = m_rows->currentItem();
    if (!item || finding < 0 || finding >= m_result.findings.size())
        return nullptr;
    const auto &rows = m_result.findings.at(finding).rows;
    const int r = item->data(0, kRowIndexRole).toInt();
    return r >= 0 && r < rows.size() ? &rows.at(r) : nullptr;
}

void ReviewPage::updateButtons()
{
    const review::FindingRow *row = selectedRow();
    m_show->setEnabled(row != nullptr);
    const review::FindingAction action = row ? row->action : review::FindingAction::None;
    switch (action) {
    case review::FindingAction::Revoke:
        m_act->setText(tr("Revo&ke role %1").arg(row->roleName));
        m_act->setToolTip(row->workspaceName.isEmpty()
                              ? tr("Take role %1 back from %2").arg(row->roleName, row->entityName)
                              : tr("Take role %1 in workspace %2 back from %3")
                                    .arg(row->roleName, row->workspaceName, row->entityName));
        break;
    case review::FindingAction::DeleteUser:
        m_act->setText(tr("Delete &user…"));
        m_act->setToolTip(tr("Delete the invited user; the invitation link stops working"));
        break;
    case review::FindingAction::DeleteTeam:
        m_act->setText(tr("Delete tea&m…"));
        m_act->setToolTip(tr("Delete the empty team"));
        break;
    case review::FindingAction::DeleteRole:
        m_act->setText(tr("Delete ro&le…"));
        m_act->setToolTip(tr("Delete the role that nobody holds"));
        break;
    case review::FindingAction::None:
        m_act->setText(tr("Fi&x…"));
        m_act->setToolTip(tr("This row has no one-step fix; show it on its page to change it"));
        break;
    }
    m_act->setEnabled(action != review::FindingAction::None);
}

void ReviewPage::showSelected()
{
    if (const review::FindingRow *row = selectedRow())
        emit entityRequested(row->entityKind, row->entityName);
}

void ReviewPage::actOnSelected()
{
    const review::FindingRow *row = selectedRow();
    if (!row)
        return;
    const review::FindingRow copy = *row;
    switch (copy.action) {
    case review::FindingAction::Revoke: {
        AssignmentTarget target;
        target.role = copy.roleName;
        target.workspace = copy.workspaceName;
        (copy.subjectKind == SubjectKind::User ? target.users : target.teams) << copy.entityName;
        (void)m_editor.revoke(target);
        break;
    }
    case review::FindingAction::DeleteUser:
        (void)m_editor.deleteUsers({copy.entityName});
        break;
    case review::FindingAction::DeleteTeam:
        (void)m_editor.deleteTeams({copy.entityName});
        break;
    case review::FindingAction::DeleteRole:
        (void)m_editor.deleteRoles({copy.entityName});
        break;
    case review::FindingAction::None:
        return;
    }
}

Status ReviewPage::exportPdf(const QString &path) const
{
    return review::report::writePdf(
        m_result, review::report::headerOf(m_editor.service(), m_profileName), path);
}

Status ReviewPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Io,
                           tr("Cannot write '%1': %2.").arg(path, file.errorString()));
    file.write(review::report::csv(m_result).toUtf8());
    if (!file.commit())
        return Error::make(ErrorKind::Io,
                           tr("Cannot write '%1': %2.").arg(path, file.errorString()));
    return {};
}

void ReviewPage::exportPdfAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the access review as PDF"),
                                     tr("access-review.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        m_editor.prompter().showError(this, tr("The review was not exported"), s.error().message);
}

void ReviewPage::exportCsvAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the access review as CSV"),
                                     tr("access-review.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        m_editor.prompter().showError(this, tr("The review was not exported"), s.error().message);
}

} // namespace zenml::gui
