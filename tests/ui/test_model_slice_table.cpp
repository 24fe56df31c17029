// SliceTableModel passes QAbstractItemModelTester and shows each slice's numbers; the Wilson
// interval it uses matches known values.
#include "core/metrics/wilson_interval.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "test_view_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/models/slice_filter_proxy.h"
#include "ui/models/slice_table_model.h"
#include "ui/settings/settings.h"
#include "ui/views/slice_list_view.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <map>
#include <set>

using namespace fl;
using namespace fl::ui;

class TestModelSliceTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the list's "Show" choice is a setting
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_model_slice_table"));
    }
    void wilsonKnownValues();
    void passesModelTesterAndComputes();
    void infEmbedColumnsFromMetadata();
    void listShowsLatestRunsByDefault();
};

void TestModelSliceTable::wilsonKnownValues() {
    auto near = [](double a, double b) { return std::abs(a - b) < 5e-5; };
    auto a = metrics::wilsonInterval(0, 10);
    QVERIFY(near(a.low, 0.0) && near(a.high, 0.2775));
    a = metrics::wilsonInterval(5, 10);
    QVERIFY2(near(a.low, 0.2366) && near(a.high, 0.7634),
             qPrintable(QStringLiteral("%1 %2").arg(a.low).arg(a.high)));
    a = metrics::wilsonInterval(10, 10);
    QVERIFY(near(a.low, 0.7225) && near(a.high, 1.0));
    a = metrics::wilsonInterval(81, 263); // Wikipedia-style check: 0.3080 ± …
    QVERIFY(a.low < 81.0 / 263 && a.high > 81.0 / 263);
    QVERIFY(near(a.low, 0.2553) && near(a.high, 0.3662));
    a = metrics::wilsonInterval(0, 0);
    QCOMPARE(a.low, 0.0);
    QCOMPARE(a.high, 1.0);
    a = metrics::wilsonInterval(12, 10); // clamped
    QVERIFY(near(a.high, 1.0));
}

void TestModelSliceTable::passesModelTesterAndComputes() {
    QTemporaryDir dir;
    AnalysisDocument doc;
    SliceTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SliceTableModel::ColumnCount));
    doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("p.faultline"))));
    const ExampleTable& t = doc.examples();
    // Five Shirts: three wrong (rows 3, 15, 27), two right (rows 7, 11).
    doc.setSelection(
        Selection{{t.ids[3], t.ids[7], t.ids[11], t.ids[15], t.ids[27]}, QStringLiteral("test")});
    const std::int64_t id = doc.saveSelectionAsSlice(QStringLiteral("five shirts"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sliceId(0), id);
    QCOMPARE(model.rowOfSlice(id), 0);
    const auto& r = model.sliceRow(0);
    QCOMPARE(r.stats.size, std::int64_t(5));
    QCOMPARE(r.stats.errors, std::int64_t(3));
    const auto ci = metrics::wilsonInterval(3, 5);
    QCOMPARE(r.stats.errorLow, ci.low);
    QCOMPARE(r.stats.errorHigh, ci.high);
    // Coverage: the share of the errors of the splits the slice's members are in.
    QSet<int> splitsTouched;
    for (int row : {3, 7, 11, 15, 27})
        splitsTouched.insert(t.splits[row]);
    int errorsAround = 0;
    for (int k = 0; k < t.rows(); ++k)
        errorsAround += t.isError(k) && splitsTouched.contains(t.splits[k]);
    QCOMPARE(r.coverage, 3.0 / errorsAround);
    const QString err = model.data(model.index(0, SliceTableModel::ErrorRateColumn)).toString();
    QVERIFY2(err.startsWith(QStringLiteral("60.0% [")), qPrintable(err));
    QCOMPARE(model.data(model.index(0, SliceTableModel::AccuracyColumn)).toString(),
             QStringLiteral("40.0%"));
    QCOMPARE(model.data(model.index(0, SliceTableModel::OriginColumn)).toString(),
             QStringLiteral("user"));
    QVERIFY(model.flags(model.index(0, SliceTableModel::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, SliceTableModel::SizeColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("renamed")));
    QCOMPARE(doc.slices().front().name, std::string("renamed"));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("  ")));
    doc.undoStack()->undo();
    QCOMPARE(model.sliceRow(0).name, QStringLiteral("five shirts"));
    doc.removeSlice(id);
    QCOMPARE(model.rowCount(), 0);
    // A slice inside one split (as InfEmbed's on val) is measured against that split's errors.
    QVector<qint64> valIds;
    int valErrors = 0, valSliceErrors = 0, valRight = 0;
    for (int k = 0; k < t.rows(); ++k) {
        if (t.splits[k] != quint8(data::Split::Val))
            continue;
        const bool wrong = t.isError(k);
        valErrors += wrong;
        if (wrong ? valSliceErrors < 1 : valRight < 3) {
            valIds << t.ids[k];
            (wrong ? valSliceErrors : valRight) += 1;
        }
    }
    QVERIFY(valSliceErrors > 0 && valErrors > valSliceErrors);
    doc.setSelection(Selection{valIds, QStringLiteral("test")});
    const std::int64_t valSlice = doc.saveSelectionAsSlice(QStringLiteral("val only"));
    QCOMPARE(model.sliceRow(model.rowOfSlice(valSlice)).coverage,
             double(valSliceErrors) / valErrors);
    doc.closeProject();
    QCOMPARE(model.rowCount(), 0);
}

void TestModelSliceTable::infEmbedColumnsFromMetadata() {
    QTemporaryDir dir;
    AnalysisDocument doc;
    SliceListView view(&doc);
    SliceTableModel& model = *view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("p.faultline"))));
    const ExampleTable& t = doc.examples();
    // A user slice: five Shirts, three predicted T-shirt → counted over the members.
    doc.setSelection(
        Selection{{t.ids[3], t.ids[7], t.ids[11], t.ids[15], t.ids[27]}, QStringLiteral("test")});
    const std::int64_t user = doc.saveSelectionAsSlice(QStringLiteral("five shirts"));
    // An InfEmbed slice written by a job on its own connection: its metadata is what counts.
    store::SliceRecord rec;
    rec.name = "InfEmbed 0 [2]";
    rec.origin = "infembed";
    rec.metadataJson = R"({"coherence": 0.125, "dominant_label": 2, "dominant_label_share": 0.75,
                           "dominant_prediction": 3, "dominant_prediction_share": 0.5})";
    const std::int64_t inf =
        store::SliceRepo(*doc.project()).add(rec, {{t.ids[2], 0, 0.9}, {t.ids[6], 1, 0.8}});
    QCOMPARE(model.rowCount(), 1); // not yet told
    doc.reloadSlices();
    QCOMPARE(model.rowCount(), 2);
    const int ru = model.rowOfSlice(user), ri = model.rowOfSlice(inf);
    QCOMPARE(model.data(model.index(ru, SliceTableModel::DominantColumn)).toString(),
             QStringLiteral("Shirt → T-shirt"));
    QCOMPARE(model.sliceRow(ru).stats.dominantPredictionShare, 0.6);
    QCOMPARE(model.data(model.index(ru, SliceTableModel::CoherenceColumn)).toString(),
             QStringLiteral("–"));
    QCOMPARE(model.data(model.index(ri, SliceTableModel::DominantColumn)).toString(),
             QStringLiteral("Pullover → Shirt"));
    QCOMPARE(model.sliceRow(ri).stats.dominantLabelShare, 0.75);
    QCOMPARE(model.data(model.index(ri, SliceTableModel::CoherenceColumn)).toString(),
             QLocale().toString(0.125, 'f', 3));
    QCOMPARE(model.headerData(SliceTableModel::DominantColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mostly label → prediction"));
    // The list shows the worst slice first: by accuracy, ascending.
    QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorSection(),
             int(SliceTableModel::AccuracyColumn));
    QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    auto* proxy = view.tableView()->model();
    double previous = -2.0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const double acc = proxy->index(r, SliceTableModel::AccuracyColumn)
                               .data(SliceTableModel::SortRole)
                               .toDouble();
        QVERIFY(acc >= previous);
        previous = acc;
    }
}

void TestModelSliceTable::listShowsLatestRunsByDefault() {
    QTemporaryDir dir;
    Settings::reset(Settings::SliceListScope);
    AnalysisDocument doc;
    SliceListView view(&doc);
    doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("p.faultline"))));
    const ExampleTable& t = doc.examples();
    doc.setSelection(Selection{{t.ids[3], t.ids[7]}, QStringLiteral("test")});
    const std::int64_t user = doc.saveSelectionAsSlice(QStringLiteral("by hand"));
    // Two InfEmbed runs with two and three slices, and one run of another method.
    store::RunRepo runs(*doc.project());
    store::SliceRepo repo(*doc.project());
    std::map<std::int64_t, std::int64_t> runOfSlice{{user, 0}};
    const auto addRun = [&](const char* kind, int slices) {
        store::RunRecord run;
        run.kind = kind;
        const std::int64_t id = runs.add(run);
        for (int i = 0; i < slices; ++i) {
            store::SliceRecord rec;
            rec.runId = id;
            rec.name = std::string(kind) + " " + std::to_string(i);
            rec.origin = kind;
            runOfSlice[repo.add(rec, {{t.ids[i], 0, 1.0}})] = id;
        }
        return id;
    };
    const std::int64_t old = addRun("infembed", 2);
    const std::int64_t other = addRun("barlow", 1);
    const std::int64_t latest = addRun("infembed", 3);
    doc.reloadSlices();
    auto* scope = view.findChild<QComboBox*>(QStringLiteral("sliceScope"));
    auto* hidden = view.findChild<QLabel*>(QStringLiteral("hiddenSlices"));
    QVERIFY(scope && hidden);
    const auto shownRuns = [&] {
        std::multiset<std::int64_t> shown;
        auto* proxy = view.tableView()->model();
        for (int r = 0; r < proxy->rowCount(); ++r)
            shown.insert(
                runOfSlice.at(proxy->index(r, 0).data(SliceTableModel::SliceIdRole).toLongLong()));
        return shown;
    };
    // Latest: the hand-made slice, the newest InfEmbed run and the other method's only run.
    QCOMPARE(shownRuns(), (std::multiset<std::int64_t>{0, other, latest, latest, latest}));
    QVERIFY(!hidden->isHidden());
    QVERIFY2(hidden->text().startsWith(QLatin1String("2 slice")) &&
                 hidden->text().contains(QLatin1String("older runs")),
             qPrintable(hidden->text()));
    scope->setCurrentIndex(scope->findData(QStringLiteral("all")));
    QCOMPARE(shownRuns().size(), std::size_t(7));
    QCOMPARE(shownRuns().count(old), std::size_t(2));
    QVERIFY(hidden->isHidden());
    scope->setCurrentIndex(scope->findData(QStringLiteral("user")));
    QCOMPARE(shownRuns(), (std::multiset<std::int64_t>{0}));
    // The choice survives a restart: a new list opens with it.
    SliceListView again(&doc);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("sliceScope"))->currentData().toString(),
             QStringLiteral("user"));
    QCOMPARE(again.tableView()->model()->rowCount(), 1);
    Settings::reset(Settings::SliceListScope);
}

QTEST_MAIN(TestModelSliceTable)
#include "test_model_slice_table.moc"
