// ExampleListModel passes QAbstractItemModelTester through every change (source, sort, filter),
// filters and sorts as documented, and the thumbnail cache makes thumbnails off the UI thread.
#include "test_view_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/models/example_list_model.h"
#include "ui/models/thumbnail_cache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fl;
using namespace fl::ui;
using SortKey = ExampleListModel::SortKey;

class TestModelExampleList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void sortsAndFilters();
    void thumbnailsComeFromWorkers();
};

void TestModelExampleList::passesModelTester() {
    QTemporaryDir dir;
    AnalysisDocument doc;
    ExampleListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("p.faultline"))));
    model.reset();
    QCOMPARE(model.rowCount(), 64);
    model.setSourceIds({1003, 1007, 99999, 1001});
    QCOMPARE(model.rowCount(), 3); // unknown ids are dropped
    model.setSortKey(SortKey::Id);
    model.setErrorsOnly(true);
    model.setClassFilter(3);
    model.setTextFilter(QStringLiteral("shirt"));
    model.setSourceIds({});
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ExampleListModel::IdRole),
                         int(ExampleListModel::LossRole)})
            QVERIFY(model.data(model.index(r), role).isValid());
}

void TestModelExampleList::sortsAndFilters() {
    QTemporaryDir dir;
    AnalysisDocument doc;
    doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("p.faultline"))));
    const ExampleTable& t = doc.examples();
    ExampleListModel model(&doc);
    model.reset();
    model.setSortKey(SortKey::LossDescending);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r - 1), ExampleListModel::LossRole).toFloat() >=
                model.data(model.index(r), ExampleListModel::LossRole).toFloat());
    model.setSortKey(SortKey::ConfidenceAscending);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r - 1), ExampleListModel::ConfidenceRole).toFloat() <=
                model.data(model.index(r), ExampleListModel::ConfidenceRole).toFloat());
    model.setErrorsOnly(true);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r), ExampleListModel::ErrorRole).toBool());
    model.setErrorsOnly(false);
    model.setClassFilter(1);
    QCOMPARE(model.rowCount(), 16);
    model.setClassFilter(-1);
    model.setTextFilter(QStringLiteral("1010"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.exampleId(0), qint64(1010));
    QCOMPARE(model.modelRowOf(1010), 0);
    QCOMPARE(model.modelRowOf(1011), -1);
    model.setTextFilter({});
    model.setSortKey(SortKey::SelectionOrder);
    model.setSourceIds({1005, 1002});
    QCOMPARE(model.exampleId(0), qint64(1005)); // the selection's own order
    QCOMPARE(model.tableRow(1), t.row(1002));
}

void TestModelExampleList::thumbnailsComeFromWorkers() {
    QTemporaryDir dir;
    AnalysisDocument doc;
    doc.setLoaded(test::makeSyntheticLoaded(dir.filePath(QStringLiteral("p.faultline"))));
    ThumbnailCache cache;
    cache.setDataset(doc.sharedDataset());
    cache.setSize(QSize(32, 32), 2.0);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QVERIFY(!cache.thumbnail(3)); // pending first
    QVERIFY(!cache.thumbnail(3)); // asked twice, made once
    QTRY_COMPARE(ready.count(), 1);
    const QPixmap* p = cache.thumbnail(3);
    QVERIFY(p);
    QCOMPARE(p->size(), QSize(64, 64)); // high-DPI: device pixels
    QCOMPARE(p->deviceIndependentSize(), QSizeF(32, 32));
    // The thumbnail is the dataset's image: pixel values survive the conversion.
    const QImage full = ThumbnailCache::toImage(*doc.dataset(), 3);
    QCOMPARE(full.size(), QSize(8, 8));
    QCOMPARE(qGray(full.pixel(0, 0)), int(std::lround(doc.dataset()->image(3)[0] * 255)));
    QVERIFY(!cache.thumbnail(-1));
    QVERIFY(!cache.thumbnail(100000));
    // Many requests at once (fast scrolling): all of the newest arrive.
    for (int i = 0; i < 64; ++i)
        cache.thumbnail(i);
    QTRY_COMPARE(cache.pendingCount(), 0);
    QVERIFY(cache.thumbnail(63));
}

QTEST_MAIN(TestModelExampleList)
#include "test_model_example_list.moc"
