#include "ui/views/slice_list_view.h"
#include "ui/document/analysis_document.h"
#include "ui/models/slice_filter_proxy.h"
#include "ui/models/slice_table_model.h"
#include "ui/settings/settings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fl::ui {

SliceListView::SliceListView(AnalysisDocument* doc, QWidget* parent)
    : QWidget(parent), m_doc(doc),
      m_frame(this, tr("Open a project (File ▸ Open) to see and save its slices here.")),
      m_content(m_frame.addPage()) {
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_content);
    m_save = new QPushButton(tr("&Save Selection as Slice…"), content);
    m_save->setToolTip(tr("Save the current selection as a named slice (Ctrl+S)"));
    m_delete = new QPushButton(tr("&Delete"), content);
    bar->addWidget(m_save);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    m_scope = new QComboBox(content);
    m_scope->setObjectName(QStringLiteral("sliceScope"));
    m_scope->addItem(tr("Latest runs"), QStringLiteral("latest"));
    m_scope->addItem(tr("All runs"), QStringLiteral("all"));
    m_scope->addItem(tr("Saved by hand"), QStringLiteral("user"));
    m_scope->setToolTip(tr("Latest runs: each method's newest run and the slices saved by hand; "
                           "All runs: every run's slices too"));
    auto* scopeLabel = new QLabel(tr("Sho&w:"), content);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    m_hint = new QLabel(content);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("No slices yet. Select examples anywhere (a confusion cell, a lasso) and "
           "press “Save Selection as Slice…”, or run InfEmbed from the Analysis menu."));
    v->addWidget(m_hint);
    m_hidden = new QLabel(content);
    m_hidden->setObjectName(QStringLiteral("hiddenSlices"));
    m_hidden->setWordWrap(true);
    v->addWidget(m_hidden);

    m_model = new SliceTableModel(doc, this);
    m_proxy = new SliceFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SliceTableModel::SortRole);
    m_table = new QTableView(content);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Worst first: the slices most worth a look head the list.
    m_table->sortByColumn(SliceTableModel::AccuracyColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    v->addWidget(m_table, 1);

    // Ctrl+S is the main window's action (Annotate ▸ Save Selection as Slice); a second
    // shortcut here would make it ambiguous, so this view only offers the button.
    auto* deleteAction = new QAction(tr("Delete Slice"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(deleteAction);

    connect(deleteAction, &QAction::triggered, this, &SliceListView::deleteCurrentSlice);
    connect(m_save, &QPushButton::clicked, this, &SliceListView::saveSelectionAsSlice);
    connect(m_delete, &QPushButton::clicked, this, &SliceListView::deleteCurrentSlice);
    // A click on a row (not a selection restored after a reload) selects the slice's members.
    connect(m_table, &QTableView::clicked, this, &SliceListView::onRowActivated);
    connect(m_table, &QTableView::activated, this, &SliceListView::onRowActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SliceListView::updateState);
    const int saved = m_scope->findData(Settings::value(Settings::SliceListScope).toString());
    m_scope->setCurrentIndex(saved >= 0 ? saved : 0);
    applyScope();
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        Settings::setValue(Settings::SliceListScope, m_scope->currentData());
        applyScope();
    });
    connect(m_doc, &AnalysisDocument::selectionChanged, this, &SliceListView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SliceListView::updateState);
    updateState();
}

std::int64_t SliceListView::currentSliceId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->sliceId(m_proxy->mapToSource(rows.first()).row());
}

void SliceListView::applyScope() {
    const QString s = m_scope->currentData().toString();
    m_proxy->setScope(s == QLatin1String("all")    ? SliceFilterProxy::AllRuns
                      : s == QLatin1String("user") ? SliceFilterProxy::SavedByHand
                                                   : SliceFilterProxy::LatestRuns);
    updateState();
}

void SliceListView::updateState() {
    m_frame.showPageIf(m_content, m_doc->hasProject());
    m_hint->setVisible(m_model->rowCount() == 0);
    const int hidden = m_proxy->hiddenCount();
    m_hidden->setVisible(hidden > 0);
    if (hidden > 0)
        m_hidden->setText(m_proxy->scope() == SliceFilterProxy::SavedByHand
                              ? tr("%n slice(s) found by runs hidden.", nullptr, hidden)
                              : tr("%n slice(s) of older runs hidden.", nullptr, hidden));
    m_save->setEnabled(m_doc->hasProject() && !m_doc->selection().isEmpty());
    m_delete->setEnabled(currentSliceId() != 0);
}

void SliceListView::onRowActivated() {
    const std::int64_t id = currentSliceId();
    if (id != 0)
        m_doc->selectSlice(id);
}

void SliceListView::saveSelectionAsSlice() {
    if (!m_doc->hasProject() || m_doc->selection().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Selection as Slice"),
        tr("Name of the slice (%n examples):", nullptr, int(m_doc->selection().ids.size())),
        QLineEdit::Normal, m_doc->selection().origin, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_doc->saveSelectionAsSlice(name.trimmed());
}

void SliceListView::deleteCurrentSlice() {
    const std::int64_t id = currentSliceId();
    if (id != 0)
        m_doc->removeSlice(id); // undoable through the document, so no confirmation dialog
}

} // namespace fl::ui
