#pragma once

#include "access/accessplan.h"

#include <QDialog>

class QTreeWidget;

namespace zenml::gui {

// Shows the plan of an access file before it is applied: a tree grouped by kind with counts, each
// change with its fields old → new; or, when the file is refused, every problem with its line and
// column and no way to apply. The caller queues the plan (through the Editor) when accepted.
class AccessPlanDialog : public QDialog
{
    Q_OBJECT
public:
    AccessPlanDialog(const access::AccessPlan &plan, const QString &fileName,
                     QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace zenml::gui
