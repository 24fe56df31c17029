// The report model built from a small hand-made project: sections, the overview numbers
// (recomputed here from the rows), slice metrics with known Wilson intervals, provenance, and the
// JSON / CSV / HTML writers with their suffix registry.
#include "core/common/error.h"
#include "core/report/csv_report_writer.h"
#include "core/report/html_report_writer.h"
#include "core/report/json_report_writer.h"
#include "core/report/pixel_image.h"
#include "core/report/report_builder.h"
#include "core/report/report_sections.h"
#include "core/report/report_writer.h"
#include "tests/core/test_report_project.h"
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <sstream>

using namespace fl;

class TestReportBuilder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_path;
    test::ReportProject m_fixture;
    report::Report m_report;

    const report::SliceSummary& slice(std::int64_t id) const {
        for (const auto& s : m_report.slices)
            if (s.id == id)
                return s;
        throw std::runtime_error("slice missing");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = (m_dir.path() + QStringLiteral("/r.faultline")).toStdString();
        m_fixture = test::makeReportProject(m_path, "/nowhere/shapes.csv");
        store::Project p = store::Project::open(m_path);
        report::ReportOptions o;
        o.generated = 1700000000000;
        m_report = report::buildProjectReport(p, o);
    }

    void sectionsInOrder() {
        QStringList ids;
        for (const auto& s : m_report.sections)
            ids << QString::fromStdString(s.id);
        QCOMPARE(ids, (QStringList{
                          "overview", "slices", QStringLiteral("slice-%1").arg(m_fixture.easySlice),
                          QStringLiteral("slice-%1").arg(m_fixture.mixedSlice), "provenance"}));
        QCOMPARE(m_report.section("slice-" + std::to_string(m_fixture.mixedSlice))->title,
                 std::string("Slice: Cross confusions"));
        QVERIFY(m_report.section("provenance")->newPage);
    }

    void metadata() {
        QCOMPARE(m_report.datasetName, std::string("shapes"));
        QCOMPARE(m_report.datasetSource, std::string("/nowhere/shapes.csv"));
        QCOMPARE(m_report.modelName, std::string("tiny-cnn"));
        QCOMPARE(m_report.evaluationRunId, m_fixture.evaluationRun);
        QCOMPARE(m_report.overviewSplit, std::string("test"));
        QCOMPARE(m_report.generated, std::int64_t(1700000000000));
    }

    void overviewFromRows() {
        // Independently of the builder: accuracy per split and the test confusion matrix.
        std::map<int, std::pair<int, int>> perSplit; // split -> (n, correct)
        std::vector<std::vector<std::int64_t>> cm(3, std::vector<std::int64_t>(3, 0));
        for (const auto& r : m_fixture.rows) {
            perSplit[r.split].first++;
            perSplit[r.split].second += r.label == r.prediction;
            if (r.split == 2)
                cm[r.label][r.prediction]++;
        }
        QCOMPARE(int(m_report.splits.size()), 2);
        QCOMPARE(m_report.splits[0].split, std::string("train"));
        QCOMPARE(m_report.splits[0].n, std::int64_t(perSplit[0].first));
        QCOMPARE(m_report.splits[0].accuracy, double(perSplit[0].second) / perSplit[0].first);
        QCOMPARE(m_report.splits[1].split, std::string("test"));
        QCOMPARE(m_report.splits[1].accuracy, 32.0 / 40.0);
        QCOMPARE(m_report.splits[1].accuracy, double(perSplit[2].second) / perSplit[2].first);
        QCOMPARE(m_report.splits[1].errors, std::int64_t(8));
        QCOMPARE(m_report.confusion, cm);
        for (int k = 0; k < 3; ++k) {
            std::int64_t n = 0;
            for (int j = 0; j < 3; ++j)
                n += cm[k][j];
            QCOMPARE(m_report.perClassAccuracy[k], double(cm[k][k]) / double(n));
        }
    }

    void sliceNumbers() {
        const auto& easy = slice(m_fixture.easySlice);
        QCOMPARE(easy.size, std::int64_t(10));
        QCOMPARE(easy.errors, std::int64_t(0));
        QCOMPARE(easy.errorRateLow, 0.0);
        QVERIFY(std::abs(easy.errorRateHigh - 0.2775) < 5e-5);
        QCOMPARE(easy.errorCoverage, 0.0);
        QCOMPARE(easy.accuracy, 1.0);
        QCOMPARE(easy.origin, std::string("user"));
        QVERIFY(!easy.runId);

        const auto& mixed = slice(m_fixture.mixedSlice);
        QCOMPARE(mixed.errors, std::int64_t(5));
        QCOMPARE(mixed.errorRate, 0.5);
        QVERIFY(std::abs(mixed.errorRateLow - 0.2366) < 5e-5);
        QVERIFY(std::abs(mixed.errorRateHigh - 0.7634) < 5e-5);
        QCOMPARE(mixed.errorCoverage, 5.0 / 8.0); // 8 errors in the test split
        QCOMPARE(*mixed.runId, m_fixture.infembedRun);
        // ids 20..29: labels 2,0,1,2,0,1,2,0,1,2; the first five predicted label+1.
        QCOMPARE(mixed.labelCounts, (std::vector<std::int64_t>{3, 3, 4}));
        QCOMPARE(mixed.predictionCounts, (std::vector<std::int64_t>{3, 4, 3}));
        QCOMPARE(mixed.exampleIds.size(), std::size_t(10));
        QCOMPARE(mixed.exampleIds.front(), std::int64_t(20)); // rank 0
        QCOMPARE(mixed.notes.size(), std::size_t(1));
        QVERIFY(mixed.notes[0].find("thin strokes look like crosses") != std::string::npos);
    }

    void examplesLimitedByRank() {
        store::Project p = store::Project::open(m_path);
        report::ReportOptions o;
        o.examplesPerSlice = 3;
        o.sliceIds = std::vector<std::int64_t>{m_fixture.mixedSlice};
        const auto r = report::buildProjectReport(p, o);
        QCOMPARE(r.slices.size(), std::size_t(1));
        QCOMPARE(r.slices[0].exampleIds, (std::vector<std::int64_t>{20, 21, 22}));
        QCOMPARE(r.slices[0].exampleLabels, (std::vector<int>{2, 0, 1}));
        QCOMPARE(r.slices[0].examplePredictions, (std::vector<int>{0, 1, 2}));
        o.sliceIds = std::vector<std::int64_t>{9999};
        QVERIFY_THROWS_EXCEPTION(fl::Error, report::buildProjectReport(p, o));
    }

    void provenanceOfEveryRun() {
        QCOMPARE(m_report.runs.size(), std::size_t(2));
        const auto& inf = m_report.runs[1];
        QCOMPARE(inf.kind, std::string("infembed"));
        QCOMPARE(inf.seed, std::uint64_t(42));
        QCOMPARE(inf.status, std::string("done"));
        QVERIFY(inf.started && inf.ended);
        QCOMPARE(inf.modelPath, std::string("/models/tiny.flmodel"));
        QVERIFY(!inf.softwareVersion.empty());
        const auto* prov = m_report.section("provenance");
        const auto& kv = std::get<report::KeyValueTable>(prov->blocks[2]);
        QCOMPARE(kv.caption, std::string("Run #") + std::to_string(inf.id) + " — infembed");
        bool sawSetting = false;
        for (const auto& [k, v] : kv.rows)
            sawSetting |= k == "Setting clusters" && v == "4";
        QVERIFY(sawSetting);
    }

    void jsonRoundTrips() {
        const auto j = report::reportToJson(m_report);
        const auto back = report::reportFromJson(nlohmann::json::parse(j.dump()));
        QCOMPARE(report::reportToJson(back).dump(), j.dump());
        QCOMPARE(back.slices.size(), m_report.slices.size());
        QCOMPARE(back.slices[1].errorRateHigh, m_report.slices[1].errorRateHigh);
        QCOMPARE(back.sections.size(), m_report.sections.size());
        QVERIFY(std::holds_alternative<report::Heatmap>(back.sections[0].blocks[3]));
        QVERIFY_THROWS_EXCEPTION(fl::Error, report::reportFromJson(nlohmann::json{{"a", 1}}));
    }

    void generatedImagesTravel() {
        // A 2×1 image: red, then blue.
        report::ImageItem it;
        it.caption = "feature attack";
        it.width = 2;
        it.height = 1;
        it.rgb = {255, 0, 0, 0, 0, 255};
        report::Report r = m_report;
        r.sections.push_back({"gen", "Generated", false, {report::ImageGrid{"g", {it}, 2}}});
        const auto back = report::reportFromJson(report::reportToJson(r));
        const auto& g = std::get<report::ImageGrid>(back.sections.back().blocks[0]);
        QCOMPARE(g.items[0].rgb, it.rgb);
        QCOMPARE(g.items[0].width, 2);
        // BMP by hand: 54-byte header, one row of BGR pixels padded to 8 bytes.
        const std::string bmp = report::bmpOf(it.rgb, 2, 1);
        QCOMPARE(bmp.size(), std::size_t(54 + 8));
        QCOMPARE(bmp.substr(0, 2), std::string("BM"));
        QCOMPARE(int((unsigned char)bmp[2]), 62); // file size, little-endian
        QCOMPARE(int((unsigned char)bmp[18]), 2); // width
        QCOMPARE(bmp.substr(54, 6), std::string("\x00\x00\xff\xff\x00\x00", 6));
        QVERIFY(report::bmpOf(it.rgb, 3, 1).empty());
        QCOMPARE(report::base64("Man"), std::string("TWFu"));
        QCOMPARE(report::fromBase64("TWE=", "t"), std::string("Ma"));
        QVERIFY_THROWS_EXCEPTION(fl::Error, report::fromBase64("T*E=", "t"));
    }

    void registryWritesBySuffix() {
        const auto reg = report::WriterRegistry::withDefaults();
        QVERIFY(reg.forPath("/x/report.JSON"));
        QVERIFY(reg.forPath("r.csv"));
        QVERIFY(reg.forSuffix(".html"));
        QVERIFY(!reg.forPath("r.pdf")); // the UI registers PDF
        QVERIFY(!reg.forPath("noext"));
        for (const char* ext : {"json", "csv", "html"}) {
            const std::string out = (m_dir.path() + QStringLiteral("/out.") + ext).toStdString();
            reg.forSuffix(ext)->write(m_report, out);
            std::ifstream f(out);
            std::stringstream text;
            text << f.rdbuf();
            QVERIFY2(text.str().find("Cross confusions") != std::string::npos, ext);
        }
        const std::string csv = report::slicesCsv(m_report);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 3L); // header + 2 slices
        QVERIFY(csv.find(",Cross confusions,infembed,") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(fl::Error, reg.forSuffix("json")->write(m_report, "/no/dir/x"));
    }

    void manyClassesKeepHistogramsReadable() {
        const std::string path = (m_dir.path() + QStringLiteral("/many.faultline")).toStdString();
        const auto sliceId = test::makeManyClassProject(path);
        store::Project p = store::Project::open(path);
        const auto r = report::buildProjectReport(p);
        QCOMPARE(r.classNames.size(), std::size_t(120));
        QCOMPARE(r.confusion.size(), std::size_t(120));
        const auto* s = r.section("slice-" + std::to_string(sliceId));
        QVERIFY(s);
        for (const auto& b : s->blocks)
            if (const auto* h = std::get_if<report::HistogramPair>(&b)) {
                QCOMPARE(h->categories.size(), std::size_t(20));
                QVERIFY(h->title.find("20 most frequent") != std::string::npos);
                QCOMPARE(h->left.size(), std::size_t(20));
            }
        QCOMPARE(r.slices[0].evaluated, std::int64_t(200));
    }

    void projectWithoutEvaluation() {
        const std::string path = (m_dir.path() + QStringLiteral("/empty.faultline")).toStdString();
        store::Project p = store::Project::create(path);
        const auto r = report::buildProjectReport(p);
        QCOMPARE(r.evaluationRunId, std::int64_t(0));
        QVERIFY(r.section("overview"));
        QVERIFY(r.section("provenance"));
        QVERIFY(r.slices.empty());
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "test_report_builder.moc"
