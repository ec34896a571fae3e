#pragma once

#include <QWidget>

class QPushButton;

namespace zenml {
class AdminService;
}

namespace zenml::gui {

// The first start: on the empty default local profile, instead of an almost empty table, a short
// welcome that offers to connect to a ZenML server or to try the app with sample data (a
// separate "demo" profile, the data of the README's screenshots).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // True for a local profile that holds only what a fresh profile has: the default user and
    // no teams (so the welcome is shown).
    static bool isEmptyLocalProfile(const AdminService &service);

    QPushButton *connectButton() const { return m_connect; }
    QPushButton *sampleButton() const { return m_sample; }

signals:
    void connectRequested();
    void sampleDataRequested();

private:
    QPushButton *m_connect = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace zenml::gui
