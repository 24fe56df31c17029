// Built-in networks compute in channels-last: every conv weight has channels-last strides after
// create and load — including a first conv over one grey channel, which contiguous() would
// leave NCHW — so the conv maps come out channels-last (max-pooling NCHW maps is ~7× slower).
#include "core/nn/classifier.h"
#include "core/nn/classifier_impl.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fl::nn;

namespace {

// Channels-last means channel stride 1 for a 4-D tensor with more than one channel, and the
// spatial strides a multiple of the channel count.
bool channelsLastStrides(const torch::Tensor& t) {
    return t.dim() == 4 && t.stride(1) == 1 && t.stride(3) == t.size(1) &&
           t.stride(2) == t.size(1) * t.size(3);
}

} // namespace

class TestNnMemoryFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weightsAndMapsAreChannelsLast_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("channels");
        QTest::newRow("small-cnn grey") << "small-cnn" << 1;
        QTest::newRow("small-cnn colour") << "small-cnn" << 3;
        QTest::newRow("pooled-cnn grey") << "pooled-cnn" << 1;
        QTest::newRow("resnet grey") << "resnet" << 1;
    }

    void weightsAndMapsAreChannelsLast() {
        QFETCH(QString, arch);
        QFETCH(int, channels);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("m.flmodel")).toStdString();
        Classifier created = Classifier::create({arch.toStdString(), channels, 16, 16, 4}, 3);
        created.setDevice("cpu");
        created.save(path);
        Classifier loaded = Classifier::load(path);
        loaded.setDevice("cpu");
        for (const Classifier* c : {&created, &loaded}) {
            int convs = 0;
            for (const auto& p : c->impl().parameters())
                if (p.dim() == 4) {
                    ++convs;
                    QVERIFY2(channelsLastStrides(p), c10::str(p.sizes(), p.strides()).c_str());
                }
            QVERIFY(convs >= 2);
            c10::InferenceMode guard;
            const auto x = c->impl().toInput(torch::rand({5, channels, 16, 16}));
            const auto maps = c->impl().run(x, false, false, true).featureMaps;
            QVERIFY2(channelsLastStrides(maps), c10::str(maps.strides()).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestNnMemoryFormat)
#include "test_nn_memory_format.moc"
