#include "accessplandialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenml::gui {

namespace {
QString actionText(access::Action action)
{
    switch (action) {
    case access::Action::Create:
        return AccessPlanDialog::tr("Create");
    case access::Action::Update:
        return AccessPlanDialog::tr("Update");
    case access::Action::Delete:
        break;
    }
    return AccessPlanDialog::tr("Delete");
}
} // namespace

AccessPlanDialog::AccessPlanDialog(const access::AccessPlan &plan, const QString &fileName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Apply access model"));
    auto *layout = new QVBoxLayout(this);
    const QString shortName = QFileInfo(fileName).fileName();
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_tree->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_tree->setObjectName(QStringLiteral("planTree"));
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!plan.problems.isEmpty()) {
        summary->setText(tr("'%1' is refused: fix these problems and open it again. Nothing "
                            "was queued.")
                             .arg(shortName));
        auto *top = new QTreeWidgetItem(m_tree, {tr("Problems (%1)").arg(plan.problems.size())});
        for (const access::Problem &p : plan.problems)
            new QTreeWidgetItem(
                top, {tr("Line %1, column %2: %3").arg(p.at.line).arg(p.at.column).arg(p.message)});
        top->setExpanded(true);
        apply->setEnabled(false);
        return;
    }
    if (plan.isEmpty()) {
        summary->setText(tr("The profile already matches '%1'.").arg(shortName));
        apply->setEnabled(false);
        return;
    }
    summary->setText(tr("Applying '%1' queues these changes in one step (Edit > Undo takes them "
                        "back): %2 to create, %3 to update, %4 to delete.")
                         .arg(shortName)
                         .arg(plan.count(access::Action::Create))
                         .arg(plan.count(access::Action::Update))
                         .arg(plan.count(access::Action::Delete)));
    const access::ChangeKind kinds[] = {access::ChangeKind::Workspace, access::ChangeKind::Role,
                                        access::ChangeKind::User, access::ChangeKind::Team,
                                        access::ChangeKind::Assignment};
    for (access::ChangeKind kind : kinds) {
        QTreeWidgetItem *group = nullptr;
        int count = 0;
        for (const access::PlanChange &c : plan.changes) {
            if (c.kind != kind)
                continue;
            if (!group)
                group = new QTreeWidgetItem(m_tree);
            ++count;
            auto *item =
                new QTreeWidgetItem(group, {tr("%1 %2").arg(actionText(c.action), c.name)});
            for (const access::FieldChange &f : c.fields) {
                if (f.field == QLatin1String("members_changed"))
                    continue;
                new QTreeWidgetItem(item, {f.field, f.before, f.after});
            }
        }
        if (group) {
            group->setText(0, tr("%1 (%2)").arg(access::kindTitle(kind)).arg(count));
            group->setExpanded(count <= 50);
        }
    }
    m_tree->resizeColumnToContents(0);
    resize(720, 480);
}

} // namespace zenml::gui
