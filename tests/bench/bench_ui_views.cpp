// Interactivity of the two views that must scale to 100 000 examples: the image grid (model
// rebuild, layout, one scroll step, with placeholder and with cached thumbnails) and the embedding
// scatter (PCA off the UI thread, one full re-render on zoom, a lasso hit test). Offscreen;
// prints milliseconds. Usage: bench_ui_views [n ...] (default 10000 100000).
#include "tests/ui/test_view_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/models/example_list_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/embedding_scatter_view.h"
#include "ui/views/image_grid_view.h"
#include "ui/views/scatter_canvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <cstdio>

using namespace fl;
using namespace fl::ui;

namespace {

double ms(const QElapsedTimer& t) {
    return t.nsecsElapsed() / 1e6;
}

void waitUntil(const std::function<bool()>& done, int timeoutMs = 120000) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Scrolls `steps` single steps (one row) in direction dir and returns ms per step, each step
// including the synchronous repaint of the viewport.
double scrollSteps(QListView* list, int steps, int dir) {
    QScrollBar* bar = list->verticalScrollBar();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < steps; ++i) {
        bar->setValue(bar->value() + dir * bar->singleStep());
        list->viewport()->repaint();
    }
    return ms(t) / steps;
}

void benchGrid(AnalysisDocument& doc, int n) {
    ImageGridView grid(&doc);
    grid.resize(1280, 860);
    grid.show();
    QApplication::processEvents();
    QListView* list = grid.listView();
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QElapsedTimer t;
    t.start();
    doc.setSelection({}); // everything: n rows
    grid.model()->setSortKey(ExampleListModel::SortKey::LossDescending);
    const double rebuild = ms(t);
    t.restart();
    list->doItemsLayout();
    waitUntil([&] { return list->verticalScrollBar()->maximum() > 0; });
    QApplication::processEvents();
    const double layout = ms(t);
    const int steps = 100;
    const double cold = scrollSteps(list, steps, +1); // placeholders; thumbnails requested
    waitUntil([&] { return grid.thumbnails()->pendingCount() == 0; });
    const double warm = scrollSteps(list, steps, -1); // the same rows, thumbnails cached
    // A jump to the middle, as dragging the scroll bar does.
    t.restart();
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() / 2);
    list->viewport()->repaint();
    const double jump = ms(t);
    std::printf("grid    n=%7d  sort+filter rebuild %7.2f ms  layout %7.2f ms  scroll step "
                "%6.3f ms (placeholders) %6.3f ms (cached thumbnails)  jump %6.3f ms\n",
                n, rebuild, layout, cold, warm, jump);
}

void benchScatter(AnalysisDocument& doc, int n) {
    JobManager jobs; // the PCA is a job of the window's manager
    EmbeddingScatterView view(&doc, &jobs);
    view.resize(1100, 860);
    view.show();
    QElapsedTimer t;
    t.start();
    waitUntil([&] { return !view.isComputing(); });
    const double pca = ms(t);
    ScatterCanvas* c = view.canvas();
    const int reps = 40;
    auto repaints = [&] {
        QElapsedTimer r;
        r.start();
        for (int i = 0; i < reps; ++i) {
            c->zoomBy(i % 2 ? 1.02 : 1.0 / 1.02, QPointF(c->width() / 2.0, c->height() / 2.0));
            c->repaint();
        }
        return ms(r) / reps;
    };
    const double plain = repaints();
    // With a tenth of the points selected (two passes, the selection drawn on top).
    Selection s;
    for (int i = 0; i < doc.examples().rows(); i += 10)
        s.ids.append(doc.examples().ids[i]);
    doc.setSelection(s);
    const double selected = repaints();
    QElapsedTimer o;
    o.start();
    for (int i = 0; i < reps; ++i)
        c->update(), c->repaint(); // cached image only: what hover or the lasso overlay costs
    const double overlay = ms(o) / reps;
    QPolygonF lasso;
    for (int k = 0; k < 64; ++k)
        lasso << QPointF(c->width() / 2.0 + 200 * std::cos(k * M_PI / 32),
                         c->height() / 2.0 + 150 * std::sin(k * M_PI / 32));
    QElapsedTimer h;
    h.start();
    const int hits = int(c->pointsIn(lasso).size());
    const double hit = ms(h);
    std::printf("scatter n=%7d  PCA (off the UI thread) %7.1f ms  repaint %6.2f ms  with "
                "selection %6.2f ms  (render alone %5.2f ms)  cached repaint %5.2f ms  lasso hit "
                "test %6.2f ms (%d points)\n",
                n, pca, plain, selected, c->lastRenderMs(), overlay, hit, hits);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QVector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    std::printf("bench_ui_views: Qt %s, platform %s, %d ideal threads; 28x28 grey images, "
                "10 classes, 128-d embeddings\n",
                qVersion(), qPrintable(QGuiApplication::platformName()),
                QThread::idealThreadCount());
    for (int n : sizes) {
        QTemporaryDir dir;
        AnalysisDocument doc;
        test::SyntheticOptions o;
        o.numClasses = 10;
        o.perClass = std::max(1, n / 10);
        o.side = 28;
        o.embeddingDim = 128;
        QElapsedTimer t;
        t.start();
        doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("b.faultline")), o));
        std::printf("setup   n=%7d  synthetic data + setLoaded %.0f ms\n", n, ms(t));
        benchGrid(doc, n);
        benchScatter(doc, n);
    }
    return 0;
}
