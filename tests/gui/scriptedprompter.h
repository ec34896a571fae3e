#pragma once

#include "commands/prompter.h"

#include <QStringList>

namespace zenml::gui::test {

// A Prompter whose answers a test sets in advance; it records what it was asked and shown.
class ScriptedPrompter : public Prompter
{
public:
    bool confirm(QWidget *, const QString &title, const QString &text,
                 const QString &details) override
    {
        questions << title + QLatin1Char('\n') + text + QLatin1Char('\n') + details;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showNotice(QWidget *, const QString &, const QString &text) override { notices << text; }

    QList<bool> answers; // the next answers to confirm(); none left means "no"
    QStringList questions;
    QStringList errors;
    QStringList notices; // shown without stopping the app (storage faults)
};

} // namespace zenml::gui::test
