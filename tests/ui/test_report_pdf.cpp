// The PDF report of a small project whose dataset is a CSV manifest of real PNGs: pages and
// sections found by pdftotext, numbers that must appear, pages rendered with pdftoppm for a look,
// the no-dataset fallback, bad input, File ▸ Export Report as a job, and `faultline --report`.
#include "core/common/error.h"
#include "core/methods/infembed_method.h"
#include "core/methods/result_codec.h"
#include "core/metrics/slice_stats.h"
#include "core/store/annotation_repo.h"
#include "core/store/project.h"
#include "core/store/slice_repo.h"
#include "tests/core/test_report_project.h"
#include "tests/ui/test_infembed_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/methods/infembed/infembed_figure.h"
#include "ui/report/report_export_command.h"
#include "ui/report/report_exporter.h"
#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace fl;

namespace {

// 60 PNGs, 28×28: circles, crosses and stripes (class = id % 3), listed in id order.
QString writeShapes(const QString& dir) {
    QDir(dir).mkpath(QStringLiteral("img"));
    QFile csv(dir + QStringLiteral("/shapes.csv"));
    csv.open(QIODevice::WriteOnly | QIODevice::Text);
    QTextStream out(&csv);
    out << "path,label\n";
    const char* names[] = {"circle", "cross", "stripes"};
    for (int i = 0; i < 60; ++i) {
        const int c = i % 3;
        QImage img(28, 28, QImage::Format_Grayscale8);
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const int r2 = (x - 14) * (x - 14) + (y - 14) * (y - 14);
                const bool on = c == 0   ? r2 < 60 + i && r2 > 20
                                : c == 1 ? std::abs(x - y) < 3 || std::abs(x + y - 27) < 3
                                         : (y + i) % 6 < 2;
                img.setPixel(x, y, on ? 0xffffffff : 0xff000000);
            }
        const QString name = QStringLiteral("img/%1.png").arg(i, 3, 10, QLatin1Char('0'));
        img.save(dir + QLatin1Char('/') + name);
        out << name << ',' << names[c] << '\n';
    }
    return dir + QStringLiteral("/shapes.csv");
}

// A hand-made run of the confidence baseline on the test split (ids 20..59): one slice of the
// least confident examples, a per-class table, a chart and an image set, as generic sections
// draw them.
methods::MethodResult confidenceRun() {
    methods::MethodResult r;
    r.method = r.kind = "confidence";
    r.title = "Errors by loss"; // the method's title (a stored run is shown under it)
    r.split = "test";
    r.settings = {{"split", "test"}, {"k", "1"}};
    r.seed = 7;
    for (std::int64_t id = 20; id < 60; ++id) {
        r.exampleIds.push_back(id);
        r.labels.push_back(int(id % 3));
        r.predictions.push_back(id < 25 ? int(id + 1) % 3 : int(id % 3));
    }
    r.accuracy = 35.0 / 40.0;
    methods::RankedSlice s;
    s.name = "least confident";
    s.rule = "confidence below 0.6";
    std::vector<int> labels, predictions;
    for (std::size_t i = 0; i < 12; ++i) {
        s.memberIds.push_back(r.exampleIds[i]);
        s.scores.push_back(0.3 + 0.02 * double(i));
        labels.push_back(r.labels[i]);
        predictions.push_back(r.predictions[i]);
    }
    s.stats = metrics::sliceStats(labels, predictions);
    r.slices = {s};
    r.tables.push_back(
        {"per_class",
         "Confidence per class",
         {"class", "mean confidence", "errors"},
         {{"circle", "0.81", "2"}, {"cross", "0.77", "2"}, {"stripes", "0.92", "1"}}});
    r.charts.push_back({"errors",
                        "Errors per class",
                        "bar",
                        "class",
                        "errors",
                        {"circle", "cross", "stripes"},
                        {{"errors", {2, 2, 1}}}});
    r.imageSets.push_back(
        {"lowest", "Lowest confidence", {20, 21, 22, 23}, "", {"a", "b", "c", "d"}});
    return r;
}

QString pdfText(const QString& pdf, int page = 0) {
    QProcess p;
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    p.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_pdf;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString csv = writeShapes(m_dir.path());
        m_project = m_dir.path() + QStringLiteral("/shapes.faultline");
        test::makeReportProject(m_project.toStdString(), csv.toStdString());
        m_pdf = m_dir.path() + QStringLiteral("/report.pdf");
        ui::ReportExportRequest r{m_project, m_pdf, {}, {}};
        const auto result = ui::ReportExporter::run(r);
        QVERIFY2(result.imageProblem.isEmpty(), qPrintable(result.imageProblem));
        // Its InfEmbed run is a record without artifacts: passed over (no section, no problem).
        QVERIFY2(result.methodProblems.isEmpty(), qPrintable(result.methodProblems.join('\n')));
        QCOMPARE(result.slices, 2);
        QVERIFY(QFileInfo(m_pdf).size() > 5000);
        QVERIFY(!QFile::exists(m_pdf + QStringLiteral(".part")));
    }

    void pagesAndSections() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        // Kept beside the build for a look (the temporary folder goes with the test).
        const QString outDir = QStringLiteral(FAULTLINE_BINARY_DIR "/report-pages");
        QDir().mkpath(outDir);
        QFile::remove(outDir + QStringLiteral("/report.pdf"));
        QFile::copy(m_pdf, outDir + QStringLiteral("/report.pdf"));
        const QString text = pdfText(m_pdf);
        // One page per form feed: title, overview with the slices table, one page per slice,
        // provenance.
        const int pages = text.count(QLatin1Char('\f'));
        QCOMPARE(pages, 5);
        QVERIFY(text.contains(QStringLiteral("Page 1 of 5")));
        QVERIFY(text.contains(QStringLiteral("Page 5 of 5")));
        for (const char* s : {"Overview", "Accuracy per split", "Per-class accuracy (test)",
                              "Confusion matrix (test)", "Saved slices", "Slice: Easy examples",
                              "Slice: Cross confusions", "Provenance", "Run #2 — infembed"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        // Numbers: test accuracy 32/40, the Wilson intervals, the coverage 5/8, the note.
        for (const char* s : {"80.0%", "[0.0%, 27.8%]", "[23.7%, 76.3%]", "62.5%",
                              "thin strokes look like crosses", "tiny-cnn", "Setting clusters"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);

        // Each slice starts its own page with its metrics, histograms and examples.
        int slicePage = 0;
        for (int p = 1; p <= pages && !slicePage; ++p)
            if (pdfText(m_pdf, p).contains(QStringLiteral("Slice: Cross confusions\n")) &&
                pdfText(m_pdf, p).contains(QStringLiteral("Metrics")))
                slicePage = p;
        QVERIFY(slicePage > 0);
        const QString page = pdfText(m_pdf, slicePage);
        for (const char* s : {"95% Wilson interval", "True labels", "Predictions",
                              "Examples (the first 10 by rank)", "stripes"})
            QVERIFY2(page.contains(QString::fromUtf8(s)), s);
        QVERIFY(!page.contains(QStringLiteral("Slice: Easy examples")));

        // Pages as PNGs beside the build, to look at.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            return;
        for (int p : {1, 2, slicePage, pages})
            QCOMPARE(QProcess::execute(
                         QStringLiteral("pdftoppm"),
                         {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                          QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                          QString::number(p), m_pdf, outDir + QStringLiteral("/page")}),
                     0);
    }

    // Every method's newest stored run becomes sections: InfEmbed's own ("infembed", then one
    // Figure-2 page "infembed-slice-N" for each of the three lowest-accuracy slices), the generic
    // "method-<kind>" for the others; the slices a section covers lose their own pages unless
    // annotated.
    void methodSections() {
        const std::set<std::int64_t> wrong{0, 20, 21, 22, 23, 24, 50, 51, 52};
        test::InfEmbedFixtureInput in;
        in.split = "test";
        for (std::int64_t i = 0; i < 60; ++i) {
            const int label = int(i % 3), pred = wrong.count(i) ? (label + 1) % 3 : label;
            auto& ids = i < 20 ? in.trainIds : in.evalIds;
            ids.push_back(i);
            (i < 20 ? in.trainLabels : in.evalLabels).push_back(label);
            (i < 20 ? in.trainPredictions : in.evalPredictions).push_back(pred);
        }
        // Rows of ids 20..59: the errors 20..24 and 50..52 sit in the first and last slices.
        in.sliceRows = {{0, 1, 2, 3, 4, 5, 6, 7},
                        {8, 9, 10, 11, 12, 13, 14, 15, 16, 17},
                        {28, 29, 30, 31, 32, 33, 34, 35},
                        {18, 19, 20, 21, 22, 23}};
        const auto run = test::makeInfEmbedOutcome(in);
        const QString stored = m_dir.path() + QStringLiteral("/stored.faultline");
        test::makeReportProject(stored.toStdString(),
                                (m_dir.path() + QStringLiteral("/shapes.csv")).toStdString());
        std::string annotatedName, plainName;
        {
            store::Project p = store::Project::open(stored.toStdString());
            influence::InfEmbedOutcome copy = *run;
            methods::storeInfEmbed(p, copy);
            // An annotated run slice keeps its own page; the others are the section's.
            store::SliceRepo slices(p);
            annotatedName = slices.get(copy.slices[1].storedSliceId)->name;
            plainName = slices.get(copy.slices[0].storedSliceId)->name;
            store::AnnotationRecord note;
            note.targetKind = store::TargetKind::Slice;
            note.targetId = copy.slices[1].storedSliceId;
            note.kind = store::AnnotationKind::Note;
            note.value = "collars hide the sleeves";
            note.author = "tester";
            store::AnnotationRepo(p).add(note);
            methods::MethodResult confidence = confidenceRun();
            methods::storeResult(p, confidence);
        }
        const QString pdf = m_dir.path() + QStringLiteral("/stored.pdf");
        const auto result = ui::ReportExporter::run({stored, pdf, {}, {}});
        QVERIFY2(result.problems().isEmpty(), qPrintable(result.problems().join('\n')));
        // Kept beside the build, with its pages as PNGs, for a look.
        const QString outDir = QStringLiteral(FAULTLINE_BINARY_DIR "/report-pages");
        QDir().mkpath(outDir);
        QFile::remove(outDir + QStringLiteral("/methods.pdf"));
        QFile::copy(pdf, outDir + QStringLiteral("/methods.pdf"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                               pdf, outDir + QStringLiteral("/methods")});
        // The sections are report data: the HTML report has them too, under their ids.
        const QString htmlPath = m_dir.path() + QStringLiteral("/stored.html");
        ui::ReportExporter::run({stored, htmlPath, {}, {}});
        QFile htmlFile(htmlPath);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(htmlFile.readAll());
        for (const char* id : {"infembed", "infembed-slice-1", "infembed-slice-3",
                               "method-confidence", "provenance"})
            QVERIFY2(html.contains(QStringLiteral("id='%1'").arg(QLatin1String(id))), id);
        QVERIFY(!html.contains(QStringLiteral("id='infembed-slice-4'")));
        QVERIFY(html.contains(QStringLiteral("InfEmbed slice 3:")));
        QVERIFY(html.contains(QStringLiteral("Strongest opponents")));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(pdf);
        for (const char* s :
             {"InfEmbed slices", "Arnoldi dimension P", "200", "Clusters K", "last linear layer",
              "Slices, lowest accuracy first", "Coherence",
              "InfEmbed slice 1:", "InfEmbed slice 3:", "Highest cosine to the slice centre",
              "Strongest opponents", "Strongest proponents", "True labels", "infl. ",
              "Errors by loss", "confidence below", "Confidence per class", "Lowest confidence"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        QVERIFY(!text.contains(QStringLiteral("InfEmbed slice 4:")));
        // The first figure is the lowest-accuracy slice (37.5%: ids 20..27, 5 errors).
        QVERIFY(text.contains(QStringLiteral("8 examples · accuracy 37.5%")));
        // Its strongest opponent's score as the view formats it.
        const double score = run->slices.front().influence.opponents.front().influence;
        QVERIFY2(text.contains(ui::infembed::formatInfluence(score)),
                 qPrintable(ui::infembed::formatInfluence(score)));
        // Section order: the methods' sections before the provenance.
        QVERIFY(text.indexOf(QStringLiteral("InfEmbed slice 3:")) <
                text.lastIndexOf(QStringLiteral("Provenance")));
        QVERIFY(text.indexOf(QStringLiteral("Confidence per class")) <
                text.lastIndexOf(QStringLiteral("Provenance")));
        // The stored slices are rows of the saved-slice table; only the annotated one also has
        // its own page besides the section's.
        // (A table cell may wrap before the "[path]" part of the name.)
        const auto plainStem = plainName.substr(0, plainName.find(" ["));
        QVERIFY2(text.contains(QString::fromStdString(plainStem)), plainStem.c_str());
        QVERIFY(text.contains(QString::fromStdString("Slice: " + annotatedName)));
        QVERIFY(!text.contains(QString::fromStdString("Slice: " + plainName)));

        // A damaged run: the report is still written, without its pages, and says so (the
        // window shows it as an error, `faultline --report` on stderr).
        for (const QFileInfo& f :
             QDir(stored + QStringLiteral(".artifacts")).entryInfoList(QDir::Files)) {
            QFile bin(f.filePath());
            QVERIFY(bin.open(QIODevice::ReadWrite));
            bin.seek(bin.size() / 2);
            bin.write("damaged");
        }
        const auto damaged = ui::ReportExporter::run({stored, pdf, {}, {}});
        const QString said = damaged.methodProblems.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QLatin1String("InfEmbed run #")) &&
                     said.contains(QLatin1String("left out of the report")),
                 qPrintable(said));
        QVERIFY(!pdfText(pdf).contains(QStringLiteral("InfEmbed slice 1:")));
        const QString exe = QStringLiteral(FAULTLINE_BINARY_DIR "/app/faultline");
        if (QFile::exists(exe)) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM")); // main sets offscreen itself
            p.setProcessEnvironment(env);
            p.start(exe, {QStringLiteral("--report"), pdf, stored});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains("InfEmbed run #"), err.constData());
        }
    }

    void missingDatasetSaysSo() {
        const QString project = m_dir.path() + QStringLiteral("/lost.faultline");
        test::makeReportProject(project.toStdString(), "/nowhere/lost.csv");
        const QString pdf = m_dir.path() + QStringLiteral("/lost.pdf");
        const auto result = ui::ReportExporter::run({project, pdf, {}, {}});
        QVERIFY(result.imageProblem.contains(QStringLiteral("/nowhere/lost.csv")));
        QVERIFY(QFile::exists(pdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QVERIFY(pdfText(pdf).simplified().contains(QStringLiteral("could not be loaded")));
    }

    void manyClassesFitTheirPages() {
        const QString project = m_dir.path() + QStringLiteral("/many.faultline");
        test::makeManyClassProject(project.toStdString());
        const QString pdf = m_dir.path() + QStringLiteral("/many.pdf");
        ui::ReportExporter::run({project, pdf, {}, {}});
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            return;
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("20 most frequent classes")));
        QVERIFY(text.contains(QStringLiteral("Slice: Wide slice")));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                               pdf, QStringLiteral(FAULTLINE_BINARY_DIR "/report-pages/many")});
    }

    void badInputNamesTheFile() {
        try {
            ui::ReportExporter::run({m_dir.path() + QStringLiteral("/none.faultline"),
                                     m_dir.path() + QStringLiteral("/x.pdf"),
                                     {},
                                     {}});
            QFAIL("no error");
        } catch (const fl::Error& e) {
            QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("none.faultline")));
        }
        QVERIFY_THROWS_EXCEPTION(
            fl::Error, ui::ReportExporter::run({m_project, m_dir.path() + "/x.txt", {}, {}}));
        QVERIFY_THROWS_EXCEPTION(
            fl::Error, ui::ReportExporter::run({m_project, "/no/such/dir/x.pdf", {}, {}}));
    }

    void otherFormatsBySuffix() {
        for (const char* ext : {"html", "json", "csv"}) {
            const QString out = m_dir.path() + QStringLiteral("/report.") + ext;
            ui::ReportExporter::run({m_project, out, {}, {}});
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll().contains("Cross confusions"), ext);
        }
        QFile html(m_dir.path() + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("data:image/png;base64,"));
    }

    void exportActionRunsAsJob() {
        ui::MainWindow w;
        QAction* a = w.action(QStringLiteral("actionExportReport"));
        QVERIFY(a && !a->isEnabled());
        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        w.openProject(m_project);
        QVERIFY(opened.wait(60000) || opened.count() == 1);
        QVERIFY(a->isEnabled());
        const QString out = m_dir.path() + QStringLiteral("/from-window.pdf");
        QSignalSpy errors(w.document(), &ui::AnalysisDocument::errorReported);
        const auto id = ui::ReportExportCommand::startTo(out, &w, *w.document(), *w.jobs());
        QVERIFY(w.jobs()->job(id)); // shown in the jobs panel
        QVERIFY(w.jobs()->waitForIdle(120000));
        QCOMPARE(w.jobs()->job(id)->state, fl::jobs::JobState::Done);
        QVERIFY(QFile::exists(out));
        QCOMPARE(errors.count(), 0);
        // A failure reaches the user.
        ui::ReportExportCommand::startTo(QStringLiteral("/no/such/dir/x.pdf"), &w, *w.document(),
                                         *w.jobs());
        QVERIFY(w.jobs()->waitForIdle(60000));
        QCOMPARE(errors.count(), 1);
    }

    void commandLine() {
        const QString exe = QStringLiteral(FAULTLINE_BINARY_DIR "/app/faultline");
        if (!QFile::exists(exe))
            QSKIP("the faultline executable is not built");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // main sets offscreen itself
        p.setProcessEnvironment(env);
        const QString out = m_dir.path() + QStringLiteral("/cli.pdf");
        p.start(exe, {QStringLiteral("--report"), out, m_project});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(out));
        p.start(exe, {QStringLiteral("--report"), out, m_dir.path() + "/missing.faultline"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("missing.faultline"));
    }
};

QTEST_MAIN(TestReportPdf)
#include "test_report_pdf.moc"
