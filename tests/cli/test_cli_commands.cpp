// End-to-end tests of faultline-cli: each command on a small IDX fixture made here, checked
// against values computed independently in the test, plus exit codes for bad input and usage.
#include "tests/cli/cli_test_support.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

namespace {

using Run = fl::testing::CliRun;
using fl::testing::runCli;

} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_idx;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_idx = m_tmp.filePath("idx");
        QDir().mkpath(m_idx);
        const std::string d = m_idx.toStdString();
        fl::testing::writeThirdsIdxFolder(d, 20, 150, 40, true);
    }

    void helpAndUsage() {
        QCOMPARE(runCli({"--help"}).code, 0);
        const Run none = runCli({});
        QCOMPARE(none.code, 1);
        for (const char* cmd : {"dataset", "plant", "train", "evaluate", "project", "demo"}) {
            const Run h = runCli({cmd, "--help"});
            QCOMPARE(h.code, 0);
            QVERIFY2(h.out.size() > 100, cmd);
        }
        QCOMPARE(runCli({"evaluate", "--model", "x.pt"}).code, 1); // --dataset missing
    }

    void datasetInfo() {
        const Run r = runCli({"dataset", "info", "--dataset", m_idx, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j["n"].toInt(), 900);
        QCOMPARE(j["height"].toInt(), 12);
        QCOMPARE(j["splits"]["train"]["n"].toInt(), 600);
        QCOMPARE(j["splits"]["val"]["n"].toInt() + j["splits"]["test"]["n"].toInt(), 300);
        QCOMPARE(j["splits"]["val"]["n"].toInt(), 150); // the seeded half of test
    }

    void badInputIsNamed() {
        const Run missing = runCli({"dataset", "info", "--dataset", m_tmp.filePath("nope")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("nope"));

        const QString bad = m_tmp.filePath("bad");
        QDir().mkpath(bad);
        for (const QString f : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
            QFile::copy(m_idx + "/" + (f.startsWith("t10k") ? f + ".gz" : f), bad + "/" + f);
        QFile img(bad + "/train-images-idx3-ubyte");
        QVERIFY(img.open(QIODevice::ReadWrite));
        img.write(QByteArray("\x00\x00\x09\x99", 4)); // wrong magic number
        img.close();
        const Run r = runCli({"dataset", "info", "--dataset", bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("magic"), r.err.constData());
    }

    // A CSV label typo becomes a new class unless --classes lists the classes: then it is an
    // error naming the line and the label; the list also fixes the class order. Kinds that name
    // their own classes refuse the list rather than ignore it.
    void csvClassesCatchATypo() {
        const QString dir = m_tmp.filePath("csv");
        QDir().mkpath(dir);
        for (int i = 0; i < 4; ++i) { // 4×4 grey PGM images
            QFile f(dir + QStringLiteral("/%1.pgm").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("P5\n4 4\n255\n");
            f.write(QByteArray(16, char(40 * i)));
        }
        const auto manifest = [&](const QString& name, const QByteArray& rows) {
            QFile f(dir + "/" + name);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write the manifest");
            f.write("path,label\n" + rows);
            return f.fileName();
        };
        const QString typo = manifest("typo.csv", "0.pgm,cat\n1.pgm,dog\n2.pgm,cta\n3.pgm,dog\n");
        const QString good = manifest("good.csv", "0.pgm,cat\n1.pgm,dog\n2.pgm,cat\n3.pgm,dog\n");

        const Run silent = runCli({"dataset", "info", "--dataset", typo, "--json"});
        QCOMPARE(silent.code, 0);
        QCOMPARE(silent.json()["classes"].toArray().size(), 3); // "cta" became a class
        const Run caught =
            runCli({"dataset", "info", "--dataset", typo, "--classes", "cat,dog", "--json"});
        QCOMPARE(caught.code, 2);
        QVERIFY2(caught.err.contains("typo.csv") && caught.err.contains("'cta'") &&
                     caught.err.contains("cat, dog"),
                 caught.err.constData());
        const Run ordered =
            runCli({"dataset", "info", "--dataset", good, "--classes", "dog,cat", "--json"});
        QCOMPARE(ordered.code, 0);
        QCOMPARE(ordered.json()["classes"].toArray(), QJsonArray({"dog", "cat"}));
        const Run named = runCli({"dataset", "info", "--dataset", "mnist", "--classes", "a,b"});
        QCOMPARE(named.code, 2);
        QVERIFY2(named.err.contains("explicit class list"), named.err.constData());
    }

    // An image folder with train/ and test/ but no val/: dataset info says where validation
    // came from; --val-from train takes it from train and keeps test whole.
    void imageFolderSplitNotes() {
        const QString root = m_tmp.filePath("folder_splits");
        for (const char* split : {"train", "test"})
            for (const char* cls : {"a", "b"}) {
                const QString dir = root + "/" + split + "/" + cls;
                QDir().mkpath(dir);
                for (int i = 0; i < 4; ++i) {
                    QFile f(dir + QStringLiteral("/%1.pgm").arg(i));
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    f.write("P5\n4 4\n255\n");
                    f.write(QByteArray(16, char(30 * i + (cls[0] == 'b' ? 5 : 0))));
                }
            }
        const Run r = runCli({"dataset", "info", "--dataset", root, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray notes = r.json()["notes"].toArray();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].toString().contains("validation is 4 of test/'s 8 images"),
                 qPrintable(notes[0].toString()));
        const auto splitSize = [](const Run& run, const char* split) {
            return run.json()["splits"].toObject()[QLatin1String(split)].toObject()["n"].toInt();
        };
        QCOMPARE(splitSize(r, "test"), 4);
        const Run t =
            runCli({"dataset", "info", "--dataset", root, "--val-from", "train", "--json"});
        QCOMPARE(t.code, 0);
        QCOMPARE(splitSize(t, "test"), 8);
        QCOMPARE(splitSize(t, "val"), 2); // round(0.15·4) = 1 per class
        const Run text = runCli({"dataset", "info", "--dataset", root});
        QVERIFY2(text.out.contains("note: no val/ folder"), text.out.constData());
    }

    void plantCorrelation() {
        const QString out = m_tmp.filePath("plant");
        const Run p = runCli({"plant", "--dataset", m_idx, "--task", "correlation", "--class", "1",
                              "--fraction", "0.95", "--seed", "7", "--out", out, "--json"});
        QCOMPARE(p.code, 0);
        const Run r = runCli({"dataset", "info", "--dataset", out, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject planted = r.json()["planted"].toObject();
        QCOMPARE(planted["task"].toString(), QString("correlation"));
        const QJsonArray ids = planted["ground_truth_ids"].toArray();
        QCOMPARE(planted["ground_truth_size"].toInt(), ids.size());
        QVERIFY(ids.size() > 0);

        // Independent check: the slice is where class and signal disagree. The signal is a
        // bright patch in the bottom-right corner, which the fixture leaves dark.
        std::vector<int> labels =
            fl::data::readIdxLabels((out + "/labels-idx1-ubyte").toStdString());
        const auto images = fl::data::readIdxImages((out + "/images-ubyte").toStdString());
        QFile mf(out + "/manifest.json");
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
        const QJsonArray allIds = manifest["examples"]["ids"].toArray();
        const QJsonArray splits = manifest["examples"]["splits"].toArray();
        QCOMPARE(allIds.size(), int(labels.size()));
        std::set<qint64> expected;
        for (int i = 0; i < allIds.size(); ++i) {
            const bool evaluation = splits[i].toString() != "train";
            if (!evaluation)
                continue;
            const bool signal = images.pixels[std::size_t(i) * 144 + 11 * 12 + 11] > 200;
            if ((labels[i] == 1) != signal)
                expected.insert(allIds[i].toInteger());
        }
        std::set<qint64> got;
        for (const auto& v : ids)
            got.insert(v.toInteger());
        QCOMPARE(got, expected);
    }

    void trainEvaluateProject() {
        const QString model = m_tmp.filePath("m.pt");
        const Run t = runCli({"train", "--dataset", m_idx, "--arch", "small-cnn", "--epochs", "3",
                              "--seed", "1", "--out", model, "--json"});
        QVERIFY2(t.code == 0, t.err.constData());
        QCOMPARE(t.json()["epochs"].toArray().size(), 3);

        const Run e =
            runCli({"evaluate", "--dataset", m_idx, "--model", model, "--split", "test", "--json"});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject ej = e.json();
        QCOMPARE(ej["n"].toInt(), 150);
        QCOMPARE(ej["per_class_accuracy"].toArray().size(), 3);
        QVERIFY2(ej["accuracy"].toDouble() > 0.9, "three trivially separable classes");
        // accuracy must agree with the confusion matrix it came with
        const QJsonArray conf = ej["confusion"].toArray();
        int diag = 0, total = 0;
        for (int y = 0; y < 3; ++y)
            for (int p = 0; p < 3; ++p) {
                const int c = conf[y].toArray()[p].toInt();
                total += c;
                diag += y == p ? c : 0;
            }
        QCOMPARE(total, 150);
        QCOMPARE(ej["accuracy"].toDouble(), double(diag) / total);

        const QString project = m_tmp.filePath("p.faultline");
        const Run c = runCli({"project", "create", project, "--dataset", m_idx, "--model", model});
        QVERIFY2(c.code == 0, c.err.constData());
        QCOMPARE(runCli({"project", "create", project, "--dataset", m_idx, "--model", model}).code,
                 2); // exists already
        const Run s = runCli({"project", "show", project, "--json"});
        QCOMPARE(s.code, 0);
        const QJsonArray runs = s.json()["runs"].toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0]["status"].toString(), QString("done"));
        QCOMPARE(runs[0]["splits"]["test"]["accuracy"].toDouble(), ej["accuracy"].toDouble());
        QCOMPARE(runs[0]["splits"]["train"]["n"].toInt(), 600);

        QFile junk(m_tmp.filePath("junk.faultline"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a project");
        junk.close();
        const Run j = runCli({"project", "show", junk.fileName()});
        QCOMPARE(j.code, 2);
        QVERIFY(j.err.contains("junk.faultline"));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
