#include "parts/commandpalette.h"

#include "item/storetablemodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace zenml::gui {

namespace {
constexpr int kPerSource = 15;
enum { ActionRole = Qt::UserRole + 1, KindRole, NameRole };

QString plain(const QString &text)
{
    QString out = text;
    out.remove(QLatin1Char('&'));
    return out;
}
} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Command palette"));
    auto *layout = new QVBoxLayout(this);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(
        tr("Type an action, or the name of a user, team, role or workspace"));
    m_input->setAccessibleName(tr("Find an action or an entity"));
    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("Matches"));
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_input);
    layout->addWidget(m_results);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::activateCurrent);
    connect(m_results, &QListWidget::itemActivated, this, [this] { activateCurrent(); });
    resize(520, 380);
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *action : actions)
        m_actions << action;
}

void CommandPalette::addSource(EntityKind kind, StoreTableModel *model)
{
    m_sources.append({kind, model});
}

void CommandPalette::showEvent(QShowEvent *event)
{
    m_input->clear();
    search({});
    m_input->setFocus();
    QDialog::showEvent(event);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while the typing stays in the field.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::search(const QString &text)
{
    m_results->clear();
    const QString needle = text.trimmed().toLower();
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isEnabled() || action->text().isEmpty())
            continue;
        const QString name = plain(action->text());
        if (!needle.isEmpty() && !name.toLower().contains(needle))
            continue;
        QString label = name;
        if (!action->shortcut().isEmpty())
            label += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(action->icon(), label, m_results);
        item->setData(ActionRole, QVariant::fromValue(static_cast<QObject *>(action.data())));
    }
    if (!needle.isEmpty()) {
        for (const Source &source : std::as_const(m_sources)) {
            if (!source.model)
                continue;
            if (!source.model->isLoaded())
                source.model->startReload();
            int found = 0;
            const int rows = source.model->rowCount();
            for (int row = 0; row < rows && found < kPerSource; ++row) {
                if (!source.model->rowMatches(row, needle))
                    continue;
                ++found;
                const QString name = source.model->nameAt(row);
                auto *item = new QListWidgetItem(
                    tr("%1: %2").arg(entitykind::displayName(source.kind), name), m_results);
                item->setData(KindRole, int(source.kind));
                item->setData(NameRole, name);
            }
        }
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void CommandPalette::activateCurrent()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    accept();
    if (auto *action = qobject_cast<QAction *>(item->data(ActionRole).value<QObject *>())) {
        action->trigger();
        return;
    }
    Q_EMIT entityChosen(EntityKind(item->data(KindRole).toInt()), item->data(NameRole).toString());
}

} // namespace zenml::gui
