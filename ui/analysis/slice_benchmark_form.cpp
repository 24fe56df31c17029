#include "ui/analysis/slice_benchmark_form.h"
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>
#include <limits>

namespace fl::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

void selectData(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

SliceBenchmarkForm::SliceBenchmarkForm(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_dataset = new QComboBox(this);
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_dataset->setEditable(true);
    for (const auto& n : data::namedDatasets())
        m_dataset->addItem(q(n));
    m_dataset->setToolTip(tr("fashion-mnist, mnist, a folder (a plant, IDX files, an image folder "
                             "with one sub-folder per class) or a CSV manifest"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset Folder"));
        if (!dir.isEmpty())
            m_dataset->setCurrentText(dir);
    });
    auto* datasetRow = new QHBoxLayout;
    datasetRow->addWidget(m_dataset, 1);
    datasetRow->addWidget(browse);
    auto* datasetLabel = new QLabel(tr("&Dataset:"), this);
    datasetLabel->setBuddy(m_dataset); // addRow(text, layout) would show the & literally
    m_form->addRow(datasetLabel, datasetRow);

    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("Spurious correlation"), QStringLiteral("correlation"));
    m_task->addItem(tr("Rare subclass"), QStringLiteral("rare"));
    m_task->addItem(tr("Noisy labels (subclass)"), QStringLiteral("noisy"));
    m_task->addItem(tr("Noisy labels (whole class)"), QStringLiteral("noisy-class"));
    m_task->addItem(tr("As planted (plant folder)"), QStringLiteral("planted"));
    m_task->setToolTip(tr("correlation: a signal on FRACTION of CLASS's training images; rare: "
                          "CLASS kept at FRACTION of its training examples inside its "
                          "superclass; noisy: FRACTION of subclass CLASS's training labels "
                          "flipped to superclass TARGET; noisy-class: FRACTION of CLASS's "
                          "training labels flipped to class TARGET"));
    connect(m_task, &QComboBox::currentIndexChanged, this, &SliceBenchmarkForm::onTaskChanged);
    m_form->addRow(tr("&Task:"), m_task);

    auto spin = [this](int lo, int hi, const QString& tip) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setToolTip(tip);
        return s;
    };
    auto fraction = [this](const QString& tip) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(0.0, 1.0);
        s->setDecimals(3);
        s->setSingleStep(0.05);
        s->setToolTip(tip);
        return s;
    };
    m_class = spin(0, 999, tr("The class the task acts on"));
    m_form->addRow(tr("&Class:"), m_class);
    m_target =
        spin(-1, 999, tr("noisy: the superclass flipped labels become; noisy-class: the class"));
    m_target->setSpecialValueText(tr("the next one")); // −1: the task's default
    m_form->addRow(tr("Tar&get class:"), m_target);
    m_fraction = fraction(tr("Share of the class's training examples kept (rare), signed "
                             "(correlation) or flipped (noisy); set to the task's default when "
                             "the task changes"));
    m_form->addRow(tr("&Fraction:"), m_fraction);
    m_otherFraction = fraction(tr("correlation: share of the other classes' training images "
                                  "signed"));
    m_form->addRow(tr("&Other fraction:"), m_otherFraction);
    m_signal = new QComboBox(this);
    for (const char* s : {"patch", "tint", "frame"})
        m_signal->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_form->addRow(tr("Si&gnal:"), m_signal);
    m_seed = spin(0, std::numeric_limits<int>::max(),
                  tr("Seed of the plant, the model and the "
                     "methods"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_form->addRow(tr("&Seed:"), m_seed);

    auto* methods = new QWidget(this);
    auto* grid = new QGridLayout(methods);
    grid->setContentsMargins(0, 0, 0, 0);
    m_allMethods = new QCheckBox(tr("All"), methods);
    grid->addWidget(m_allMethods, 0, 0);
    int i = 1;
    for (const auto& m : workflows::sliceBenchmarkMethods()) {
        auto* c = new QCheckBox(q(m), methods);
        c->setObjectName(QStringLiteral("method-") + q(m));
        m_methods[m] = c;
        grid->addWidget(c, i / 2, i % 2);
        ++i;
        connect(c, &QCheckBox::toggled, this, [this] {
            int on = 0;
            for (const auto& [n, c] : m_methods)
                on += c->isChecked();
            const QSignalBlocker block(m_allMethods);
            m_allMethods->setChecked(on == int(m_methods.size()));
            Q_EMIT methodsChanged();
        });
    }
    m_methods["infembed-block"]->setToolTip(
        tr("Influence through the last conv block: minutes on a CPU"));
    connect(m_allMethods, &QCheckBox::clicked, this, [this](bool on) {
        for (const auto& [n, box] : m_methods)
            box->setChecked(on);
    });
    m_form->addRow(tr("Methods:"), methods);

    m_arch = new QComboBox(this);
    for (const auto& a : nn::builtInArchitectures())
        m_arch->addItem(q(a), q(a));
    m_form->addRow(tr("&Architecture:"), m_arch);
    m_epochs = spin(1, 1000, tr("Model recipe: training epochs"));
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_form->addRow(tr("&Epochs:"), m_epochs);
    m_device = new QComboBox(this);
    for (const char* d : {"auto", "cpu", "cuda"})
        m_device->addItem(QString::fromLatin1(d), QString::fromLatin1(d));
    m_form->addRow(tr("De&vice:"), m_device);
    m_reuseModel = new QCheckBox(tr("Reuse the trained model from the cache"), this);
    m_reuseModel->setObjectName(QStringLiteral("reuseModel"));
    m_reuseModel->setToolTip(tr("Train the recipe once per planted data and seed; later runs "
                                "with other method settings load it instead of training again"));
    m_form->addRow(QString(), m_reuseModel);
    m_clusters = spin(1, 1000, tr("K of infembed, infembed-block and embedding-kmeans"));
    m_clusters->setObjectName(QStringLiteral("clusters"));
    m_form->addRow(tr("Cl&usters K:"), m_clusters);
    m_arnoldiDim = spin(1, 5000, tr("Arnoldi iterations P of the InfEmbed variants"));
    m_form->addRow(tr("Arnoldi &P:"), m_arnoldiDim);
    m_embeddingDim = spin(1, 5000, tr("Embedding dimension D of the InfEmbed variants"));
    m_form->addRow(tr("E&mbedding D:"), m_embeddingDim);
    m_ranking = new QComboBox(this);
    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->addItem(tr("Lowest accuracy first"), QStringLiteral("accuracy"));
    m_ranking->addItem(tr("Most errors first"), QStringLiteral("errors"));
    m_ranking->setToolTip(tr("Failure order of the cluster methods' slices, which decides "
                             "their top slices"));
    m_form->addRow(tr("&Ranking:"), m_ranking);
    m_k = spin(1, 1000, tr("Precision@k: the slice's first k members are checked"));
    m_form->addRow(tr("&k:"), m_k);
    m_topSlices = spin(1, 100, tr("Precision@k is the best over the method's first slices"));
    m_form->addRow(tr("Top s&lices:"), m_topSlices);
}

bool SliceBenchmarkForm::anyMethodChosen() const {
    return std::any_of(m_methods.begin(), m_methods.end(),
                       [](const auto& m) { return m.second->isChecked(); });
}

SliceBenchmarkRequest SliceBenchmarkForm::request() const {
    SliceBenchmarkRequest r;
    r.dataset = m_dataset->currentText().trimmed().toStdString();
    r.plant.task = m_task->currentData().toString().toStdString();
    r.plant.classId = m_class->value();
    r.plant.targetClass = m_target->value();
    r.plant.fraction = m_fraction->value();
    r.plant.otherFraction = m_otherFraction->value();
    r.plant.signal = m_signal->currentData().toString().toStdString();
    r.options.seed = std::uint64_t(m_seed->value());
    r.plant.seed = r.options.seed;
    for (const auto& m : workflows::sliceBenchmarkMethods())
        if (m_methods.at(m)->isChecked())
            r.options.methods.push_back(m);
    r.options.arch = m_arch->currentData().toString().toStdString();
    r.options.epochs = m_epochs->value();
    r.options.device = m_device->currentData().toString().toStdString();
    r.options.k = m_k->value();
    r.options.topSlices = m_topSlices->value();
    r.options.clusters = m_clusters->value();
    r.options.arnoldiDim = m_arnoldiDim->value();
    r.options.embeddingDim = m_embeddingDim->value();
    r.options.ranking = m_ranking->currentData().toString().toStdString();
    r.options.reuseModel = m_reuseModel->isChecked();
    return r;
}

void SliceBenchmarkForm::setRequest(const SliceBenchmarkRequest& r) {
    m_dataset->setCurrentText(q(r.dataset));
    {
        const QSignalBlocker block(m_task); // the fraction below is the request's, not a default
        selectData(m_task, q(r.plant.task));
    }
    updateTaskRows();
    m_class->setValue(r.plant.classId);
    m_target->setValue(r.plant.targetClass);
    m_fraction->setValue(data::effectiveFraction(r.plant));
    m_otherFraction->setValue(r.plant.otherFraction);
    selectData(m_signal, q(r.plant.signal));
    m_seed->setValue(
        int(std::min<std::uint64_t>(r.options.seed, std::uint64_t(m_seed->maximum()))));
    auto chosen = r.options.methods; // names only: a stale setting must not throw here
    if (chosen.empty() || std::find(chosen.begin(), chosen.end(), "all") != chosen.end())
        chosen = workflows::sliceBenchmarkMethods();
    for (const auto& [name, box] : m_methods)
        box->setChecked(std::find(chosen.begin(), chosen.end(), name) != chosen.end());
    selectData(m_arch, q(r.options.arch));
    m_epochs->setValue(r.options.epochs);
    selectData(m_device, q(r.options.device));
    m_k->setValue(r.options.k);
    m_topSlices->setValue(r.options.topSlices);
    m_clusters->setValue(r.options.clusters);
    m_arnoldiDim->setValue(r.options.arnoldiDim);
    m_embeddingDim->setValue(r.options.embeddingDim);
    selectData(m_ranking, q(r.options.ranking));
    m_reuseModel->setChecked(r.options.reuseModel);
}

void SliceBenchmarkForm::onTaskChanged() {
    updateTaskRows();
    data::PlantParams p;
    p.task = m_task->currentData().toString().toStdString();
    m_fraction->setValue(data::effectiveFraction(p)); // fractions mean different things per task
}

void SliceBenchmarkForm::updateTaskRows() {
    const QString task = m_task->currentData().toString();
    const bool planted = task == QLatin1String("planted");
    m_form->setRowVisible(m_class, !planted);
    m_form->setRowVisible(m_fraction, !planted);
    m_form->setRowVisible(m_target, task.startsWith(QLatin1String("noisy")));
    m_form->setRowVisible(m_otherFraction, task == QLatin1String("correlation"));
    m_form->setRowVisible(m_signal, task == QLatin1String("correlation"));
}

} // namespace fl::ui
