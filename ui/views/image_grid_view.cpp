#include "ui/views/image_grid_view.h"
#include "ui/document/analysis_document.h"
#include "ui/models/example_list_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/example_delegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>
#include <algorithm>

namespace fl::ui {

using SortKey = ExampleListModel::SortKey;

ImageGridView::ImageGridView(AnalysisDocument* doc, QWidget* parent)
    : QWidget(parent), m_doc(doc),
      m_frame(this, tr("Open a project (File ▸ Open) to browse its examples here. Click a "
                       "confusion-matrix cell, a bar or a slice to see its examples.")),
      m_content(m_frame.addPage()) {
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_content);
    m_caption = new QLabel(content);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sort = new QComboBox(content);
    m_sort->addItem(tr("Selection order"), int(SortKey::SelectionOrder));
    m_sort->addItem(tr("Highest loss first"), int(SortKey::LossDescending));
    m_sort->addItem(tr("Least confident first"), int(SortKey::ConfidenceAscending));
    m_sort->addItem(tr("Most confident first"), int(SortKey::ConfidenceDescending));
    m_sort->addItem(tr("By id"), int(SortKey::Id));
    m_sort->setToolTip(tr("Sort the examples"));
    m_class = new QComboBox(content);
    m_class->setToolTip(tr("Show only one true class"));
    m_errorsOnly = new QCheckBox(tr("&Errors only"), content);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter: class name or id (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_caption, 1);
    bar->addWidget(m_sort);
    bar->addWidget(m_class);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(m_filter);

    m_thumbnails = new ThumbnailCache(this);
    m_model = new ExampleListModel(doc, this);
    m_delegate = new ExampleDelegate(m_thumbnails, this);
    m_list = new QListView(content);
    // A wrapping left-to-right list draws the same grid as icon mode but lays out 100 000
    // uniform items arithmetically, where icon mode keeps a per-item position tree.
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(2000);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionRectVisible(true);
    m_list->setMouseTracking(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_model);
    v->addWidget(m_list, 1);

    auto* find = new QAction(tr("Filter examples"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &ImageGridView::focusFilter);

    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSortKey(SortKey(m_sort->currentData().toInt()));
        updateCaption();
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setClassFilter(m_class->currentData().toInt());
        updateCaption();
    });
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setErrorsOnly(on);
        updateCaption();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setTextFilter(text);
        updateCaption();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImageGridView::onCurrentIndexChanged);
    connect(m_list, &QListView::customContextMenuRequested, this, &ImageGridView::showContextMenu);
    // A finished thumbnail repaints only the grid's viewport, and only if it is on screen.
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_list->viewport(),
            QOverload<>::of(&QWidget::update));
    connect(m_doc, &AnalysisDocument::projectChanged, this, &ImageGridView::onProjectChanged);
    connect(m_doc, &AnalysisDocument::selectionChanged, this, &ImageGridView::onSelectionChanged);
    connect(m_doc, &AnalysisDocument::currentExampleChanged, this,
            &ImageGridView::onCurrentExampleChanged);
    onProjectChanged();
}

void ImageGridView::onProjectChanged() {
    const ExampleTable& t = m_doc->examples();
    m_thumbnails->setDataset(m_doc->hasProject() ? m_doc->sharedDataset() : nullptr);
    m_thumbnails->setSize(QSize(m_delegate->thumbnailSize(), m_delegate->thumbnailSize()),
                          devicePixelRatioF());
    m_delegate->setClassNames(t.classNames);
    {
        const QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItem(tr("All classes"), -1);
        for (int c = 0; c < t.numClasses(); ++c)
            m_class->addItem(t.classNames[c], c);
    }
    m_model->setClassFilter(-1);
    if (!m_frame.showPageIf(m_content, m_doc->hasProject() && t.rows() > 0)) {
        m_model->reset();
        return;
    }
    onSelectionChanged();
}

void ImageGridView::onSelectionChanged() {
    m_model->setSourceIds(m_doc->selection().ids);
    updateCaption();
    onCurrentExampleChanged(m_doc->currentExample());
}

void ImageGridView::updateCaption() {
    const QLocale loc;
    const Selection& s = m_doc->selection();
    const QString what = s.isEmpty() ? tr("all examples") : s.origin;
    const QString shown = loc.toString(m_model->rowCount());
    m_caption->setText(
        m_model->rowCount() == m_model->sourceCount()
            ? tr("%1 examples · %2").arg(shown, what)
            : tr("%1 of %2 examples · %3").arg(shown, loc.toString(m_model->sourceCount()), what));
}

void ImageGridView::onCurrentExampleChanged(qint64 id) {
    if (m_settingCurrent)
        return;
    const int row = id >= 0 ? m_model->modelRowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex idx = m_model->index(row);
    m_settingCurrent = true;
    m_list->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(idx);
    m_settingCurrent = false;
}

void ImageGridView::onCurrentIndexChanged() {
    if (m_settingCurrent)
        return;
    const QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid())
        return;
    m_settingCurrent = true;
    m_doc->setCurrentExample(m_model->exampleId(idx.row()));
    m_settingCurrent = false;
}

void ImageGridView::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ImageGridView::selectPicked() {
    QModelIndexList picked = m_list->selectionModel()->selectedIndexes();
    if (picked.isEmpty())
        return;
    std::sort(picked.begin(), picked.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    Selection s;
    s.ids.reserve(picked.size());
    for (const QModelIndex& i : picked)
        s.ids.append(m_model->exampleId(i.row()));
    s.origin = tr("picked in the grid (%n examples)", nullptr, int(s.ids.size()));
    m_doc->setSelection(s);
}

void ImageGridView::showContextMenu(const QPoint& pos) {
    const int n = int(m_list->selectionModel()->selectedIndexes().size());
    QMenu menu(this);
    QAction* pick = menu.addAction(tr("Select These (%n examples)", nullptr, n));
    pick->setEnabled(n > 0);
    connect(pick, &QAction::triggered, this, &ImageGridView::selectPicked);
    // The window's "Who are its opponents?" (found by name: views never hold the window);
    // several picked examples become the selection first, so the question is about them.
    if (QAction* opponents = window()->findChild<QAction*>(QStringLiteral("actionOpponents"))) {
        QAction* ask = menu.addAction(n > 1 ? tr("Who Are Their Opponents? (%n picked)", nullptr, n)
                                            : opponents->text());
        ask->setShortcut(opponents->shortcut());
        ask->setEnabled(opponents->isEnabled());
        connect(ask, &QAction::triggered, this, [this, opponents, n] {
            if (n > 1)
                selectPicked();
            opponents->trigger();
        });
    }
    QAction* filter = menu.addAction(tr("Filter…"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, &ImageGridView::focusFilter);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace fl::ui
