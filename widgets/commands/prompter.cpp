#include "commands/prompter.h"

#include <QMessageBox>

namespace zenml::gui {

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setInformativeText(details);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void MessageBoxPrompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void MessageBoxPrompter::showNotice(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox *box =
        parent ? parent->findChild<QMessageBox *>(kNoticeName, Qt::FindDirectChildrenOnly)
               : nullptr;
    if (!box) {
        box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
        box->setObjectName(kNoticeName);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->setModal(false);
    }
    box->setWindowTitle(title);
    box->setText(text);
    box->show();
    box->raise();
}

} // namespace zenml::gui
