#pragma once

#include "about/about.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;

namespace zenml::gui {

// Help > About: the version, Qt's version, the keychain in use, the data folder and, for a server
// profile, the server's URL and ZenML version (about::Facts). "Copy for a bug report" puts the
// same facts, in English and without any secret, on the clipboard.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const about::Facts &facts, QWidget *parent = nullptr);

    // Puts about::reportText() on the clipboard.
    static void copyReport(const about::Facts &facts);

    const about::Facts &facts() const { return m_facts; }
    QPushButton *copyButton() const { return m_copy; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    about::Facts m_facts;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zenml::gui
