#pragma once

#include "domain/entitykind.h"
#include "review/accessreview.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace zenml::gui {

class Editor;

// The Access review page: each finding of models/review with its count (the list on top), the
// rows behind the selected one (below), each row a link to its entity, and the one-step fixes
// (revoke, delete a stale invitation's user, an empty team, an unused role) through the Editor's
// undoable commands. Exports the review as PDF and CSV with the command line's code.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(Editor &editor, const QString &profileName, QWidget *parent = nullptr);

    QListWidget *findingList() const { return m_findings; }
    QTreeWidget *rowTree() const { return m_rows; }
    QSpinBox *staleDays() const { return m_staleDays; }
    QPushButton *actButton() const { return m_act; }
    QPushButton *showButton() const { return m_show; }
    const review::ReviewResult &result() const { return m_result; }
    // The finding shown below the list, and its rows' count.
    int countOf(review::FindingKind kind) const;
    bool selectFinding(review::FindingKind kind);
    bool selectRow(const QString &entityName);

    Status exportPdf(const QString &path) const;
    Status exportCsv(const QString &path) const;

public Q_SLOTS:
    // Runs the review again over the mirror, keeping the selected finding.
    void reload();
    // The mirror changed (a sync): run again now if shown, else when shown.
    void markStale()
    {
        m_stale = true;
        m_rerun.start();
    }
    // Shows the selected row's entity on its page (entityRequested).
    void showSelected();
    // The selected row's one-step fix, through the undoable commands.
    void actOnSelected();
    void exportPdfAs();
    void exportCsvAs();

Q_SIGNALS:
    void entityRequested(zenml::EntityKind kind, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFinding(int index);
    const review::FindingRow *selectedRow() const;
    void updateButtons();

    Editor &m_editor;
    QString m_profileName;
    review::ReviewResult m_result;
    bool m_stale = true; // an edit since the last run: run again when shown
    QTimer m_rerun;      // several edits in a row run the review once
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QSpinBox *m_staleDays = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_rows = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_act = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
};

} // namespace zenml::gui
