#pragma once

#include <QString>

class QWidget;

namespace zenml::gui {

// Questions and errors put to the person at the keyboard. Behind an interface so that a test
// scripts the next answer instead of blocking on a modal box.
class Prompter
{
public:
    virtual ~Prompter() = default;
    // Asks to go ahead; details lists what the action touches.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &details) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
};

// The real thing: QMessageBox.
class MessageBoxPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &details) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace zenml::gui
