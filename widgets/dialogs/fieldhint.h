#pragma once

#include "domain/error.h"

#include <QLabel>

class QLineEdit;

namespace zenml::gui {

// The line under a form field that says, in words, which rule the input breaks (or what the
// field is for, when nothing is wrong).
class FieldHint : public QLabel
{
    Q_OBJECT
public:
    explicit FieldHint(QString help = {}, QWidget *parent = nullptr);

    // Shows the problem of status, or the help text; returns status.ok().
    bool show(const Status &status);
    // The same for a field's own rule, except that an empty field nobody has typed in yet (a
    // new dialog) keeps the help text: "is empty" before the first keystroke reads as a fault.
    bool show(const QLineEdit *field, const Status &status);
    bool hasProblem() const { return m_problem; }

private:
    QString m_help;
    bool m_problem = false;
};

} // namespace zenml::gui
