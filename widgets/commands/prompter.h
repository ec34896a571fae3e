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
    // A message that does not stop the app (a storage fault such as a full disk: the window
    // stays usable while the person frees space); a newer one replaces the one still shown.
    // By default shown as an error.
    virtual void showNotice(QWidget *parent, const QString &title, const QString &text)
    {
        showError(parent, title, text);
    }
};

// The real thing: QMessageBox.
class MessageBoxPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &details) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    // A non-modal QMessageBox beside the window, deleted when closed.
    void showNotice(QWidget *parent, const QString &title, const QString &text) override;

    static inline const QString kNoticeName = QStringLiteral("zenml-notice");
};

} // namespace zenml::gui
