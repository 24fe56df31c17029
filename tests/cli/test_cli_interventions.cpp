// End-to-end test of faultline-cli interventions on a small planted IDX fixture: the JSON's arms,
// seeds, pool and tables agree with each other and the options; a user's pool by ids; bad input.
#include "tests/cli/cli_test_support.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

using Run = fl::testing::CliRun;
using fl::testing::runCli;

double mean(const QJsonArray& a) {
    double s = 0;
    for (const auto& v : a)
        s += v.toDouble();
    return s / a.size();
}

} // namespace

class TestCliInterventions : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_plant;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        // The robust extractor is cached: keep it out of the user's cache.
        qputenv("FAULTLINE_CACHE_DIR", m_tmp.filePath("cache").toUtf8());
        const QString idx = m_tmp.filePath("idx");
        QDir().mkpath(idx);
        fl::testing::writeThirdsIdxFolder(idx.toStdString(), 20, 45, 70, false);
        m_plant = m_tmp.filePath("plant");
        const Run p = runCli({"plant", "--dataset", idx, "--task", "correlation", "--class", "1",
                              "--fraction", "0.95", "--seed", "7", "--out", m_plant});
        QVERIFY2(p.code == 0, p.err.constData());
    }

    void armsSeedsAndTables() {
        const Run r =
            runCli({"interventions", "--dataset", m_plant, "--epochs", "1", "--k", "10", "--seeds",
                    "2", "--extractor-epochs", "1", "--threads", "1", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j["pool_size"].toInt(), 60); // 10% of 200 training images per class
        QCOMPARE(j["train_size"].toInt(), 540);
        QCOMPARE(j["settings"]["k"].toString(), QString("10"));
        QCOMPARE(j["settings"]["seeds"].toString(), QString("0,1"));
        QCOMPARE(j["settings"]["epochs"].toString(), QString("1"));
        QVERIFY(!j["extractor"]["path"].toString().isEmpty());
        const QJsonArray arms = j["arms"].toArray();
        QCOMPARE(arms.size(), 5);
        QStringList names;
        for (const auto& v : arms) {
            const QJsonObject a = v.toObject();
            names << a["arm"].toString();
            QCOMPARE(a["accuracy"].toArray().size(), 2);
            QCOMPARE(a["hard_accuracy"].toArray().size(), 2);
            QCOMPARE(a["planted_accuracy"].toArray().size(), 2);
            QCOMPARE(a["per_class"].toArray().size(), 2);
            QCOMPARE(a["per_class"].toArray()[0].toArray().size(), 3);
            const bool filtering = names.back() != "original" && names.back() != "upweight";
            QCOMPARE(a["added"].toInt(), filtering ? 30 : 0);
        }
        QCOMPARE(names, QStringList({"original", "random", "confidence", "svm", "upweight"}));
        QCOMPARE(j["seeds"].toArray().size(), 2);
        // The summary table and the chart are made of the same per-seed numbers.
        const QJsonArray tables = j["tables"].toArray();
        QCOMPARE(tables.size(), 3);
        const QJsonArray rows = tables[0].toObject()["rows"].toArray();
        QCOMPARE(rows.size(), 5);
        const double svmMean = mean(arms[3].toObject()["accuracy"].toArray());
        QVERIFY(rows[3].toArray()[2].toString().startsWith(QString::number(svmMean, 'f', 4)));
        const QJsonArray series = j["chart"]["series"].toArray();
        QVERIFY(std::abs(series[0].toObject()["values"].toArray()[3].toDouble() - svmMean) < 1e-12);
        QCOMPARE(tables[1].toObject()["rows"].toArray().size(), 3); // one per class
    }

    void userPoolAndBadInput() {
        // The ids of the first six training images (ids 0..5 in an IDX folder's training file).
        const QString ids = m_tmp.filePath("pool.txt");
        QFile f(ids);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# pool\n0\n1\n2\n\n3\n4\n5\n");
        f.close();
        const Run r = runCli({"interventions", "--dataset", m_plant, "--epochs", "1", "--k", "1",
                              "--seeds", "1", "--embedding", "model", "--no-upweighting",
                              "--pool-ids", ids, "--threads", "1", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j["pool_size"].toInt(), 6);
        QCOMPARE(j["train_size"].toInt(), 594);
        QCOMPARE(j["arms"].toArray().size(), 4);
        QCOMPARE(j["arms"].toArray()[3].toObject()["added"].toInt(), 3); // one per class
        QCOMPARE(j["settings"]["pool"].toString(), QString("named by the user"));

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0\n123456789\n");
        f.close();
        const Run unknown = runCli(
            {"interventions", "--dataset", m_plant, "--embedding", "model", "--pool-ids", ids});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("line 2: no example has id 123456789"),
                 unknown.err.constData());
        const Run none =
            runCli({"interventions", "--dataset", m_plant, "--no-filtering", "--no-upweighting"});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains("leave no intervention to run"));
        QCOMPARE(runCli({"interventions", "--dataset", m_plant, "--embedding", "clip"}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliInterventions)
#include "test_cli_interventions.moc"
