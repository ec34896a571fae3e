#pragma once

#include "domain/error.h"

#include <QList>
#include <QUndoCommand>
#include <functional>

namespace zenml {
class AdminService;
}

namespace zenml::gui {

// An undoable edit made through the facade. redo() calls the verb, undo() the inverse verb, each
// as one transaction however many verbs it takes (AdminService::atomically): an undo that fails
// half-way leaves nothing behind. An undo marks the history entries of the edit it undoes as
// undone, in its own transaction; a redo is a new edit with its own entries. The commands hold
// names, not ids, and resolve them again each time: an undone delete re-creates rows under new ids.
class ServiceCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const Error &)>;

    ServiceCommand(AdminService &service, const QString &text);

    // Runs the edit the first time; the undo stack then only records it.
    Status execute();
    void setErrorSink(ErrorSink sink) { m_sink = std::move(sink); }

    void redo() override;
    void undo() override;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

    AdminService &m_service;

private:
    // apply() as one edit; keeps the history entries it recorded.
    Status applyRecorded();
    void report(const Status &status);

    ErrorSink m_sink;
    bool m_executed = false;
    // The history entries the last run of apply() recorded: undo() marks them undone.
    QList<qint64> m_history;
};

// Turns any Result into a Status, for commands that chain verbs.
template<typename T> Status statusOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace zenml::gui
