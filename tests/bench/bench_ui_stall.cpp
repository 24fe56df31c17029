// The UI thread's longest stall while a training job and an inference job run in the background
// (offscreen, with the jobs panel shown and updating). Prints milliseconds and the thread count.
// Usage: bench_ui_stall [examples=12000] [epochs=1] [threads=0 (all cores)] [fashion-mnist]
#include "core/data/dataset.h"
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include "ui/jobs/job_manager.h"
#include "ui/jobs/jobs_panel.h"
#include "ui/jobs/stall_monitor.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <random>

using namespace fl;

static data::Dataset syntheticDataset(int n) {
    data::Dataset d;
    d.name = "synthetic";
    d.channels = 1;
    d.height = d.width = 28;
    d.classNames = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    std::mt19937 gen(1);
    std::uniform_real_distribution<float> u(0.f, 1.f);
    d.images.resize(std::size_t(n) * 784);
    for (int i = 0; i < n; ++i) {
        const int label = i % 10;
        d.labels.push_back(label);
        d.ids.push_back(i);
        d.splits.push_back(i % 5 == 0 ? data::Split::Test : data::Split::Train);
        for (int p = 0; p < 784; ++p) // a class-dependent stripe plus noise
            d.images[std::size_t(i) * 784 + p] =
                0.3f * u(gen) + ((p / 28) % 10 == label ? 0.7f : 0.f);
    }
    return d;
}

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args[1].toInt() : 12000;
    const int epochs = args.size() > 2 ? args[2].toInt() : 1;
    const int threads = args.size() > 3 ? args[3].toInt() : 0;
    const bool fashion = args.contains(QStringLiteral("fashion-mnist"));

    auto ds = std::make_shared<data::Dataset>(fashion ? data::loadNamedDataset("fashion-mnist")
                                                      : syntheticDataset(n));
    ui::JobManager manager(threads);
    ui::JobsPanel panel(&manager);
    panel.resize(900, 160);
    panel.show();
    ui::StallMonitor monitor;
    QElapsedTimer clock;
    clock.start();
    double trainS = 0, inferS = 0;

    auto model = std::make_shared<nn::Classifier>(nn::Classifier::create(
        {"small-cnn", ds->channels, ds->height, ds->width, ds->numClasses()}, 1));
    nn::TrainOptions to;
    to.epochs = epochs;
    to.seed = 1;
    manager.run<double>(
        QStringLiteral("Training"), jobs::JobWeight::Heavy,
        [ds, model, to](jobs::JobContext& c) {
            return nn::train(*model, *ds, to, c.progress(), c.cancelToken()).seconds;
        },
        &app, std::function<void(double)>([&](double s) { trainS = s; }));
    // A second model so inference does not share the one being trained.
    auto other = std::make_shared<nn::Classifier>(nn::Classifier::create(
        {"small-cnn", ds->channels, ds->height, ds->width, ds->numClasses()}, 2));
    manager.run<double>(
        QStringLiteral("Inference"), jobs::JobWeight::Light,
        [ds, other](jobs::JobContext& c) {
            nn::InferenceOptions io;
            io.wantEmbeddings = true;
            return nn::infer(*other, *ds, nn::allIndices(*ds), io, c.progress(), c.cancelToken())
                .seconds;
        },
        &app, std::function<void(double)>([&](double s) { inferS = s; }));
    monitor.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (manager.activeCount() == 0)
            app.quit();
    });
    poll.start(50);
    app.exec();
    std::printf("bench_ui_stall: %lld examples, %d epoch(s), worker torch threads %d\n",
                static_cast<long long>(ds->size()), epochs, manager.threads());
    std::printf("  training %.2f s, inference %.2f s (both in the background), wall %.2f s\n",
                trainS, inferS, clock.elapsed() / 1000.0);
    std::printf(
        "  UI thread: longest stall %.1f ms, stalls > 100 ms: %d, > 50 ms: %d, ticks %lld\n",
        monitor.maxStallMs(), monitor.stallsOver(100.0), monitor.stallsOver(50.0),
        static_cast<long long>(monitor.ticks()));
    return monitor.maxStallMs() < 100.0 ? 0 : 1;
}
