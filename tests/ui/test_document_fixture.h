// A tiny real project for the UI tests: 3 classes of 12×12 grey PNGs listed in a CSV manifest, a
// freshly initialised small CNN saved to a file, and one evaluation run made by the core workflow.
#pragma once
#include "core/data/load_dataset.h"
#include "core/nn/classifier.h"
#include "core/store/project.h"
#include "core/workflows/evaluation_workflow.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QString>
#include <QTextStream>

namespace fl::test {

// Writes the fixture into `dir` and returns the project path ("<dir>/fixture.faultline").
inline QString makeFixtureProject(const QString& dir, int perClass = 8) {
    const QStringList classes{QStringLiteral("circle"), QStringLiteral("bar"),
                              QStringLiteral("dots")};
    QDir(dir).mkpath(QStringLiteral("img"));
    QFile csv(dir + QStringLiteral("/manifest.csv"));
    csv.open(QIODevice::WriteOnly | QIODevice::Text);
    QTextStream out(&csv);
    out << "path,label,split\n";
    for (int c = 0; c < classes.size(); ++c)
        for (int k = 0; k < perClass; ++k) {
            QImage img(12, 12, QImage::Format_RGB32);
            for (int y = 0; y < 12; ++y)
                for (int x = 0; x < 12; ++x) {
                    const bool on = c == 0   ? (x - 6) * (x - 6) + (y - 6) * (y - 6) < 12 + k
                                    : c == 1 ? x == (k % 12)
                                             : (x + y + k) % 4 == 0;
                    img.setPixel(x, y, on ? 0xffffffff : 0xff000000);
                }
            const QString name = QStringLiteral("img/%1_%2.png").arg(classes[c]).arg(k);
            img.convertToFormat(QImage::Format_Grayscale8).save(dir + QLatin1Char('/') + name);
            const char* split = k < perClass / 2 ? "train" : (k % 2 ? "val" : "test");
            out << name << ',' << classes[c] << ',' << split << '\n';
        }
    csv.close();

    const std::string spec = (dir + QStringLiteral("/manifest.csv")).toStdString();
    const data::Dataset d = data::loadDataset(spec);
    nn::Classifier model =
        nn::Classifier::create({"small-cnn", d.channels, d.height, d.width, d.numClasses()}, 7);
    model.setClassNames(d.classNames);
    const std::string modelPath = (dir + QStringLiteral("/model.flmodel")).toStdString();
    model.save(modelPath);

    const QString projectPath = dir + QStringLiteral("/fixture.faultline");
    store::Project p = store::Project::create(projectPath.toStdString());
    workflows::EvaluationRunOptions o;
    o.datasetSpec = spec;
    o.modelPath = modelPath;
    workflows::evaluateIntoProject(p, d, nn::Classifier::load(modelPath), o);
    p.close();
    return projectPath;
}

} // namespace fl::test
