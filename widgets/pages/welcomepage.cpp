#include "pages/welcomepage.h"

#include "service/adminservice.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("<h2>Welcome to ZenML Admin</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(tr("This local profile is still empty. Connect to a ZenML server to "
                               "manage its users, teams and roles, or look around first in a "
                               "separate profile with sample data."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);

    m_connect = new QPushButton(tr("&Connect to a ZenML server…"), this);
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_connect->setDefault(true);
    m_sample = new QPushButton(tr("&Try it with sample data"), this);
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_sample->setToolTip(tr("Opens a separate local profile named 'demo' with sample users, "
                            "teams and roles; this profile stays as it is"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleDataRequested);
}

bool WelcomePage::isEmptyLocalProfile(const AdminService &service)
{
    if (service.profileKind() != ProfileKind::Local)
        return false;
    auto users = service.users();
    auto teams = service.teams();
    return users && teams && users->size() <= 1 && teams->isEmpty();
}

} // namespace zenml::gui
