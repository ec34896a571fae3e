#include "fieldhint.h"

#include <QLineEdit>

namespace zenml::gui {

FieldHint::FieldHint(QString help, QWidget *parent)
    : QLabel(parent)
    , m_help(std::move(help))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setText(m_help);
    setEnabled(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
}

bool FieldHint::show(const Status &status)
{
    m_problem = !status.ok();
    setText(m_problem ? status.error().message : m_help);
    // The link colour of the system palette stands out in light and dark themes alike.
    setForegroundRole(m_problem ? QPalette::Link : QPalette::PlaceholderText);
    setAccessibleDescription(text());
    return !m_problem;
}

bool FieldHint::show(const QLineEdit *field, const Status &status)
{
    if (status.ok() || !field->text().isEmpty() || field->isModified())
        return show(status);
    // Still a problem (the dialog cannot be accepted), but not said before the first keystroke.
    show(Status());
    m_problem = true;
    return false;
}

} // namespace zenml::gui
