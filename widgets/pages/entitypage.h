#pragma once

#include "domain/entitykind.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;

namespace zenml {
class AdminService;
class StoreTableModel;
class TableFilterProxy;
} // namespace zenml

namespace zenml::gui {

class DetailPane;

// One page of the main window: a search field (and any filters), a sortable table over a store
// model through its filter proxy, and a detail pane for the selection.
class EntityPage : public QWidget
{
    Q_OBJECT
public:
    // The page takes ownership of neither model; proxy filters model.
    EntityPage(AdminService &service, EntityKind kind, StoreTableModel *model,
               TableFilterProxy *proxy, QWidget *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    StoreTableModel *model() const { return m_model; }
    TableFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QSplitter *splitter() const { return m_splitter; }
    DetailPane *detailPane() const { return m_detail; }

    // Adds a filter control next to the search field.
    void addFilterWidget(QWidget *widget);

    // Loads the model the first time the page is shown.
    void ensureLoaded();
    QStringList selectedNames() const;
    // The selected rows as rows of model() (not of the proxy).
    QList<int> selectedSourceRows() const;
    QString currentName() const;
    // Selects the row of a name (clearing the search if it hides the row); false if absent.
    bool selectName(const QString &name);
    void focusSearch();

    void saveState(QSettings &settings, const QString &key) const;
    void restoreState(QSettings &settings, const QString &key);

Q_SIGNALS:
    void activated(const QString &name);
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDetail();
    void rememberSelection();
    void restoreSelection();

    EntityKind m_kind;
    StoreTableModel *m_model;
    TableFilterProxy *m_proxy;
    QLineEdit *m_search = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPane *m_detail = nullptr;
    QStringList m_keptSelection;
    QString m_keptCurrent;
    QString m_pendingSelect;     // a name to select once the next reload brings it
    bool m_columnsSized = false; // sized to the first rows, or restored from the settings
};

} // namespace zenml::gui
