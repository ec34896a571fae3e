#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace zenml {
class AdminService;
class HistoryModel;
} // namespace zenml

namespace zenml::gui {

// The History page: every change made on the profile (and found on the server), newest first,
// narrowed by entity name, signer, kind of change and a range of days; the rows come in batches
// as the table scrolls.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(AdminService &service, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *entityFilter() const { return m_entity; }
    QComboBox *actorFilter() const { return m_actor; }
    QComboBox *verbFilter() const { return m_verb; }
    QCheckBox *fromEnabled() const { return m_fromOn; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toEnabled() const { return m_toOn; }
    QDateEdit *toDate() const { return m_to; }

public Q_SLOTS:
    // Reads the filter's choices and the first rows again (after an edit or a sync).
    void reload();
    // Applies the filter as it stands now (typing applies it after a short pause).
    void applyFilter();
    void focusSearch();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();

    HistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_entity = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_verb = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_typing;
    bool m_choicesStale = true; // the Who and Kind lists are read when the page is shown
};

} // namespace zenml::gui
