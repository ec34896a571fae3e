#include "csvimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zenml::gui {

CsvImportDialog::CsvImportDialog(const access::UserImport &import, const QString &fileName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Import users from CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Name"), tr("Email"), tr("Roles"), tr("Teams"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int rows = int(import.rows.size() + import.problems.size());
    m_table->setRowCount(rows);
    int r = 0;
    for (const access::ImportRow &row : import.rows) {
        const QStringList cells{QString::number(row.line),
                                row.name,
                                row.email,
                                row.roles.join(QStringLiteral(", ")),
                                row.teams.join(QStringLiteral(", ")),
                                QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        ++r;
    }
    for (const access::Problem &p : import.problems) {
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(p.at.line)));
        auto *problem = new QTableWidgetItem(tr("Column %1: %2").arg(p.at.column).arg(p.message));
        m_table->setItem(r, 5, problem);
        for (int c = 0; c < 6; ++c) {
            if (!m_table->item(r, c))
                m_table->setItem(r, c, new QTableWidgetItem);
            m_table->item(r, c)->setForeground(QColor(Qt::red));
        }
        ++r;
    }
    m_table->resizeColumnsToContents();
    ok->setEnabled(import.problems.isEmpty() && !import.rows.isEmpty());
    summary->setText(
        import.problems.isEmpty()
            ? tr("%n user(s) from '%1' will be created without a password (invitations "
                 "on a server profile), with their roles and teams, in one step.",
                 nullptr, int(import.rows.size()))
                  .arg(QFileInfo(fileName).fileName())
            : tr("'%1' has %n bad line(s), marked below. Fix them and open the file "
                 "again; nobody is imported.",
                 nullptr, int(import.badLines.size()))
                  .arg(QFileInfo(fileName).fileName()));
    resize(760, 480);
}

} // namespace zenml::gui
