// The workbench views over one synthetic document: each shows its empty state without a project,
// a click in one view changes the document's selection and so every other view, annotations and
// slices go through the document, and every view renders (screenshots in <build>/screenshots).
#include "core/store/annotation_repo.h"
#include "test_view_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/models/example_list_model.h"
#include "ui/models/slice_table_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/confusion_matrix_widget.h"
#include "ui/views/embedding_scatter_view.h"
#include "ui/views/empty_state_widget.h"
#include "ui/views/histograms_view.h"
#include "ui/views/image_grid_view.h"
#include "ui/views/inspector_view.h"
#include "ui/views/overview_view.h"
#include "ui/views/scatter_canvas.h"
#include "ui/views/slice_list_view.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <type_traits>

using namespace fl;
using namespace fl::ui;

namespace {

QString screenshotPath(const QString& name) {
    const QString dir = QStringLiteral(FAULTLINE_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// Press at the first point, move through the rest, release at the last.
void drag(QWidget* w, const QVector<QPointF>& path) {
    sendMouse(w, QEvent::MouseButtonPress, path.first(), Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i < path.size(); ++i)
        sendMouse(w, QEvent::MouseMove, path[i], Qt::NoButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, path.last(), Qt::LeftButton, Qt::NoButton);
}

bool showsEmptyState(QWidget* view) {
    const auto* e = view->findChild<EmptyStateWidget*>();
    return e && e->isVisible();
}

} // namespace

class TestViewWorkbench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStatesTeach();
    void confusionCellSelectsEverywhere();
    void accuracyBarSelectsClass();
    void histogramBarNarrows();
    void gridSortFilterAndCurrent();
    void gridPickedBecomeSelection();
    void inspectorAnnotations();
    void scatterRectangleAndLasso();
    void sliceListSaveSelectRenameDelete();
    void screenshots();

private:
    template <class V> V* show(const char* name, QSize size) {
        V* v = nullptr;
        if constexpr (std::is_constructible_v<V, AnalysisDocument*, JobManager*>)
            v = new V(m_doc.get(), &m_jobs);
        else
            v = new V(m_doc.get());
        v->setObjectName(QString::fromLatin1(name));
        v->resize(size);
        v->show();
        m_views.append(v);
        return v;
    }

    QTemporaryDir m_dir;
    JobManager m_jobs{1}; // the window's, for the scatter's PCA
    std::unique_ptr<AnalysisDocument> m_doc;
    QList<QWidget*> m_views;
    OverviewView* m_overview = nullptr;
    HistogramsView* m_histograms = nullptr;
    ImageGridView* m_grid = nullptr;
    InspectorView* m_inspector = nullptr;
    EmbeddingScatterView* m_scatter = nullptr;
    SliceListView* m_slices = nullptr;
};

void TestViewWorkbench::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<AnalysisDocument>();
    m_overview = show<OverviewView>("overview", {900, 520});
    m_histograms = show<HistogramsView>("histograms", {760, 320});
    m_grid = show<ImageGridView>("grid", {760, 520});
    m_inspector = show<InspectorView>("inspector", {380, 900});
    m_scatter = show<EmbeddingScatterView>("scatter", {640, 520});
    m_slices = show<SliceListView>("slices", {820, 300});
    for (QWidget* v : m_views)
        QVERIFY(QTest::qWaitForWindowExposed(v));
}

void TestViewWorkbench::emptyStatesTeach() {
    for (QWidget* v : m_views) {
        QVERIFY2(showsEmptyState(v), qPrintable(v->objectName()));
        const auto* e = v->findChild<EmptyStateWidget*>();
        QVERIFY2(e->text().contains(QStringLiteral("Open a project")), qPrintable(e->text()));
        v->grab().save(screenshotPath(QStringLiteral("empty_") + v->objectName()));
    }
    m_doc->setLoaded(test::makeSyntheticLoaded(m_dir.filePath(QStringLiteral("p.faultline"))));
    for (QWidget* v : m_views)
        if (v != m_inspector && v != m_scatter)
            QVERIFY2(!showsEmptyState(v), qPrintable(v->objectName()));
    // The inspector asks for a click; the scatter shows its progress until the PCA, a job of the
    // job manager, lands.
    QVERIFY(showsEmptyState(m_inspector));
    QVERIFY(!m_jobs.jobIds().isEmpty());
    QCOMPARE(m_jobs.job(m_jobs.jobIds().back())->name, QStringLiteral("Projecting the embeddings"));
    QTRY_VERIFY(!m_scatter->isComputing());
    QVERIFY(!showsEmptyState(m_scatter));
    QCOMPARE(m_scatter->canvas()->pointCount(), m_doc->examples().rows());
}

void TestViewWorkbench::confusionCellSelectsEverywhere() {
    const ExampleTable& t = m_doc->examples();
    QCOMPARE(m_overview->split(), 2); // test by default
    ConfusionMatrixWidget* m = m_overview->confusionMatrix();
    qint64 expected = 0;
    for (int r = 0; r < t.rows(); ++r)
        expected += t.splits[r] == 2 && t.labels[r] == 3 && t.predictions[r] == 0;
    QVERIFY(expected > 0);
    QCOMPARE(m->count(3, 0), expected);
    QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(3, 0).center());
    QCOMPARE(m_doc->selection().ids.size(), expected);
    QCOMPARE(m_doc->selection().origin, QStringLiteral("confusion: Shirt → T-shirt"));
    // Every other view follows.
    QCOMPARE(m_grid->model()->rowCount(), int(expected));
    QCOMPARE(m_histograms->labelCounts()[3], expected);
    QCOMPARE(m_histograms->labelCounts()[0], 0);
    QCOMPARE(m_histograms->predictionCounts()[0], expected);
    QTRY_COMPARE(m_scatter->canvas()->pointCount(), t.rows());
    // Ranked by loss: the first example has the highest loss.
    const int first = t.row(m_doc->selection().ids.first());
    for (qint64 id : m_doc->selection().ids)
        QVERIFY(t.loss[t.row(id)] <= t.loss[first]);
}

void TestViewWorkbench::accuracyBarSelectsClass() {
    BarChartWidget* bars = m_overview->accuracyChart();
    QCOMPARE(bars->count(), 4);
    QTest::mouseClick(bars, Qt::LeftButton, {}, bars->barRect(1).center());
    const ExampleTable& t = m_doc->examples();
    qint64 expected = 0;
    for (int r = 0; r < t.rows(); ++r)
        expected += t.splits[r] == 2 && t.labels[r] == 1;
    QCOMPARE(m_doc->selection().ids.size(), expected);
    QVERIFY(m_doc->selection().origin.startsWith(QStringLiteral("class: Trouser")));
    QCOMPARE(m_grid->model()->rowCount(), int(expected));
    // The All-splits matrix counts every example.
    m_overview->setSplit(-1);
    qint64 sum = 0;
    for (int a = 0; a < 4; ++a)
        for (int b = 0; b < 4; ++b)
            sum += m_overview->confusionMatrix()->count(a, b);
    QCOMPARE(sum, qint64(t.rows()));
    m_overview->setSplit(2);
}

void TestViewWorkbench::histogramBarNarrows() {
    m_doc->setSelection({}); // nothing selected: the histograms show everything
    const ExampleTable& t = m_doc->examples();
    QCOMPARE(m_histograms->labelCounts()[3], qint64(16));
    BarChartWidget* pred = m_histograms->predictionChart();
    QTest::mouseClick(pred, Qt::LeftButton, {}, pred->barRect(3).center());
    qint64 expected = 0;
    for (int r = 0; r < t.rows(); ++r)
        expected += t.predictions[r] == 3;
    QCOMPARE(m_doc->selection().ids.size(), expected);
    QVERIFY(m_doc->selection().origin.contains(QStringLiteral("predicted Shirt")));
    // Narrow again by label: only the Pullovers predicted Shirt remain.
    BarChartWidget* lab = m_histograms->labelChart();
    QTest::mouseClick(lab, Qt::LeftButton, {}, lab->barRect(2).center());
    for (qint64 id : m_doc->selection().ids) {
        QCOMPARE(t.labels[t.row(id)], 2);
        QCOMPARE(t.predictions[t.row(id)], 3);
    }
    QVERIFY(!m_doc->selection().isEmpty());
    QVERIFY(m_doc->canGoBack());
}

void TestViewWorkbench::gridSortFilterAndCurrent() {
    m_doc->setSelection({});
    const ExampleTable& t = m_doc->examples();
    ExampleListModel* model = m_grid->model();
    QCOMPARE(model->rowCount(), t.rows());
    auto* errorsOnly = m_grid->findChild<QCheckBox*>();
    QVERIFY(errorsOnly);
    errorsOnly->setChecked(true);
    int errors = 0;
    for (int r = 0; r < t.rows(); ++r)
        errors += t.isError(r);
    QCOMPARE(model->rowCount(), errors);
    errorsOnly->setChecked(false);
    // Ctrl+F focuses the filter; typing a class name filters on label or prediction.
    m_grid->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_grid));
    m_grid->listView()->setFocus();
    QTest::keyClick(m_grid->listView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_grid->filterEdit()->hasFocus());
    QTest::keyClicks(m_grid->filterEdit(), QStringLiteral("trouser"));
    QCOMPARE(model->rowCount(), 16);
    m_grid->filterEdit()->clear();
    // Clicking an item makes it the current example; arrows move it.
    QListView* list = m_grid->listView();
    const QRect r0 = list->visualRect(model->index(0));
    QVERIFY(r0.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r0.center());
    QCOMPARE(m_doc->currentExample(), model->exampleId(0));
    QCOMPARE(m_inspector->example(), model->exampleId(0));
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(m_doc->currentExample(), model->exampleId(1));
    // And the current example set elsewhere becomes the grid's current item.
    m_doc->setCurrentExample(model->exampleId(5));
    QCOMPARE(list->currentIndex().row(), 5);
    // Thumbnails arrive from the workers.
    QTRY_VERIFY(m_grid->thumbnails()->thumbnail(t.datasetIndex[t.row(model->exampleId(0))]));
}

void TestViewWorkbench::gridPickedBecomeSelection() {
    QListView* list = m_grid->listView();
    ExampleListModel* model = m_grid->model();
    list->selectionModel()->clearSelection();
    QVector<qint64> picked;
    for (int r : {2, 3, 7}) {
        list->selectionModel()->select(model->index(r), QItemSelectionModel::Select);
        picked << model->exampleId(r);
    }
    m_grid->selectPicked();
    QCOMPARE(m_doc->selection().ids, picked);
    QVERIFY(m_doc->selection().origin.contains(QStringLiteral("grid")));
    QCOMPARE(model->rowCount(), 3);
}

void TestViewWorkbench::inspectorAnnotations() {
    const ExampleTable& t = m_doc->examples();
    const qint64 id = t.ids[3]; // a Shirt predicted T-shirt
    m_doc->setCurrentExample(id);
    QCOMPARE(m_inspector->example(), id);
    QVERIFY(!showsEmptyState(m_inspector));
    QCOMPARE(m_inspector->probabilityChart()->count(), 4);
    QVERIFY(m_inspector->probabilityChart()->bar(3).emphasised); // the true label
    auto edits = m_inspector->findChildren<QLineEdit*>();
    QVERIFY(edits.size() >= 2);
    edits[0]->setText(QStringLiteral("collar"));
    m_inspector->addTagFromEdit();
    QCOMPARE(m_doc->annotations(id).size(), size_t(1));
    QCOMPARE(m_inspector->annotationList()->count(), 1);
    QVERIFY(m_inspector->annotationList()->item(0)->text().contains(QStringLiteral("collar")));
    edits[1]->setText(QStringLiteral("looks like a T-shirt to me"));
    m_inspector->addNoteFromEdit();
    QCOMPARE(m_inspector->annotationList()->count(), 2);
    // Relabel through the combo ("true label is T-shirt").
    QComboBox* relabel = nullptr;
    for (QComboBox* c : m_inspector->findChildren<QComboBox*>())
        if (c->count() == 5)
            relabel = c;
    QVERIFY(relabel);
    relabel->setCurrentIndex(1);
    Q_EMIT relabel->activated(1);
    QCOMPARE(m_doc->effectiveLabel(id), 0);
    QCOMPARE(m_inspector->annotationList()->count(), 3);
    // Remove the tag, then undo everything.
    m_inspector->annotationList()->setCurrentRow(0);
    m_inspector->removeSelectedAnnotation();
    QCOMPARE(m_inspector->annotationList()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_inspector->annotationList()->count(), 3);
    m_doc->undoStack()->undo(); // relabel
    QCOMPARE(m_doc->effectiveLabel(id), 3);
}

void TestViewWorkbench::scatterRectangleAndLasso() {
    QTRY_VERIFY(!m_scatter->isComputing());
    ScatterCanvas* canvas = m_scatter->canvas();
    const int n = canvas->pointCount();
    QVERIFY(n > 0);
    canvas->setTool(ScatterCanvas::Tool::Rectangle);
    drag(canvas, {QPointF(1, 1), QPointF(canvas->width() / 2.0, canvas->height() / 2.0),
                  QPointF(canvas->width() - 2, canvas->height() - 2)});
    QCOMPARE(m_doc->selection().ids.size(), qsizetype(n)); // the fitted view shows every point
    QCOMPARE(m_doc->selection().origin, QStringLiteral("rectangle in the embedding"));
    QCOMPARE(m_grid->model()->rowCount(), n);
    // A lasso around one point's neighbourhood selects that point and not everything.
    canvas->setTool(ScatterCanvas::Tool::Lasso);
    const QPointF c = canvas->toScreen(0);
    QVector<QPointF> path;
    for (int k = 0; k <= 16; ++k)
        path << c + QPointF(12 * std::cos(k * M_PI / 8), 12 * std::sin(k * M_PI / 8));
    drag(canvas, path);
    QCOMPARE(m_doc->selection().origin, QStringLiteral("lasso in the embedding"));
    QVERIFY(m_doc->selection().ids.contains(m_doc->examples().ids[0]));
    QVERIFY(m_doc->selection().ids.size() < n);
    // A click picks the nearest point as the current example.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toScreen(5).toPoint());
    QCOMPARE(m_doc->currentExample(), m_doc->examples().ids[5]);
    // Wheel zoom re-renders.
    QWheelEvent wheel(QPointF(100, 100), canvas->mapToGlobal(QPointF(100, 100)), {}, {0, 240},
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &wheel);
    canvas->repaint();
    QVERIFY(canvas->lastRenderMs() >= 0.0);
    canvas->resetView();
}

void TestViewWorkbench::sliceListSaveSelectRenameDelete() {
    // Select Shirt → T-shirt on the test split and save it.
    ConfusionMatrixWidget* m = m_overview->confusionMatrix();
    QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(3, 0).center());
    const Selection shirts = m_doc->selection();
    const std::int64_t id = m_doc->saveSelectionAsSlice(QStringLiteral("shirts as tees"));
    QVERIFY(id > 0);
    SliceTableModel* model = m_slices->model();
    QCOMPARE(model->rowCount(), 1);
    const auto& row = model->sliceRow(0);
    QCOMPARE(row.stats.size, std::int64_t(shirts.ids.size()));
    QCOMPARE(row.stats.errors, row.stats.size); // every member is wrong
    // Coverage is against the errors of the test split, the only split the cell's members are in.
    const ExampleTable& t = m_doc->examples();
    int testErrors = 0;
    for (int r = 0; r < t.rows(); ++r)
        testErrors += t.isError(r) && t.splits[r] == quint8(data::Split::Test);
    QCOMPARE(row.coverage, double(row.stats.size) / testErrors);
    // Clicking the row selects its members.
    m_doc->setSelection({});
    QTableView* table = m_slices->tableView();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QCOMPARE(m_doc->selection().ids, shirts.ids);
    // Rename in place, undo the rename, delete, undo the delete.
    QVERIFY(table->model()->setData(table->model()->index(0, 0), QStringLiteral("collars")));
    QCOMPARE(model->sliceRow(0).name, QStringLiteral("collars"));
    m_doc->undoStack()->undo();
    QCOMPARE(model->sliceRow(0).name, QStringLiteral("shirts as tees"));
    table->selectRow(0);
    m_slices->deleteCurrentSlice();
    QCOMPARE(model->rowCount(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(model->rowCount(), 1);
    // A second, bigger slice for the screenshot.
    m_doc->setSelection({});
    m_overview->setSplit(-1);
    QTest::mouseClick(m_overview->accuracyChart(), Qt::LeftButton, {},
                      m_overview->accuracyChart()->barRect(3).center());
    m_doc->saveSelectionAsSlice(QStringLiteral("all shirts"));
    m_overview->setSplit(2);
    QCOMPARE(model->rowCount(), 2);
}

void TestViewWorkbench::screenshots() {
    // The Shirt → T-shirt cell selected, one wrong example current.
    ConfusionMatrixWidget* m = m_overview->confusionMatrix();
    QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(3, 0).center());
    m_doc->setCurrentExample(m_doc->selection().ids.first());
    m_doc->addTag(m_doc->currentExample(), QStringLiteral("collar"));
    const ExampleTable& t = m_doc->examples();
    QTRY_VERIFY(m_grid->thumbnails()->pendingCount() == 0);
    QTRY_VERIFY(m_grid->thumbnails()->thumbnail(t.datasetIndex[t.row(m_doc->selection().ids[0])]));
    QTest::qWait(50);
    for (QWidget* v : m_views)
        QVERIFY(v->grab().save(screenshotPath(QStringLiteral("view_") + v->objectName())));
    // The grid over everything, as one browses it.
    m_doc->setSelection({});
    QTRY_VERIFY(m_grid->thumbnails()->pendingCount() == 0);
    QTest::qWait(50);
    QVERIFY(m_grid->grab().save(screenshotPath(QStringLiteral("view_grid_all"))));
    m_scatter->setColorBy(EmbeddingScatterView::ColorBy::Correctness);
    QVERIFY(m_scatter->grab().save(screenshotPath(QStringLiteral("view_scatter_correctness"))));
}

QTEST_MAIN(TestViewWorkbench)
#include "test_view_workbench.moc"
