#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

AboutDialog::AboutDialog(const about::Facts &facts, QWidget *parent)
    : QDialog(parent)
    , m_facts(facts)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ZenML Admin"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/zenml-admin.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("ZenML Admin logo"));
    header->addWidget(icon);
    auto *title = new QLabel(tr("<b>ZenML Admin</b><br>Users, teams, roles and role assignments "
                                "of a ZenML server, on the desktop and the command line."),
                             this);
    title->setWordWrap(true);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    for (const auto &[label, value] : about::rows(facts)) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        field->setWordWrap(true);
        form->addRow(label + QLatin1Char(':'), field);
    }
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = m_buttons->addButton(tr("&Copy for a bug report"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_copy->setToolTip(tr("Copy these facts (never a password or token) to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] { copyReport(m_facts); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void AboutDialog::copyReport(const about::Facts &facts)
{
    QApplication::clipboard()->setText(about::reportText(facts));
}

} // namespace zenml::gui
