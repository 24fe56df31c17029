#include "ui/methods/infembed/infembed_dialog.h"
#include "ui/settings/settings.h"
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <climits>

namespace fl::ui {
namespace {

struct PresetValues {
    int p, d;
};
constexpr PresetValues kPaper{500, 100};
constexpr PresetValues kFast{200, 50};

QSpinBox* spin(QWidget* parent, int lo, int hi, const QString& tip) {
    auto* s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setToolTip(tip);
    s->setAccelerated(true);
    return s;
}

} // namespace

InfEmbedDialog::InfEmbedDialog(const Context& context, QWidget* parent)
    : QDialog(parent), m_context(context) {
    setWindowTitle(tr("InfEmbed"));
    setObjectName(QStringLiteral("infEmbedDialog"));

    auto* intro = new QLabel(
        tr("Finds coherent groups of examples the model gets wrong for the same reason: each "
           "example's influence embedding (how training examples move its loss) is clustered, "
           "and the clusters are ranked by accuracy."),
        this);
    intro->setWordWrap(true);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("Paper (P 500, D 100)"), int(PaperPreset));
    m_preset->addItem(tr("Fast — reference code (P 200, D 50)"), int(FastPreset));
    m_preset->addItem(tr("Custom"), int(CustomPreset));
    m_preset->setToolTip(tr("Paper: the settings of the InfEmbed paper, most faithful, slowest. "
                            "Fast: the reference code's smaller Arnoldi run, usually the same "
                            "slices in about half the time. Custom: your own P and D."));

    m_layers = new QComboBox(this);
    m_layers->setObjectName(QStringLiteral("layers"));
    m_layers->addItem(tr("Last linear layer (closed form)"), QStringLiteral("last"));
    m_layers->addItem(tr("Last conv block + head (autograd; built-in models)"),
                      QStringLiteral("block"));
    m_layers->setToolTip(
        tr("Which parameters the influence is measured through. The last layer is exact and "
           "fast (its Hessian has a closed form) and needs the model's features. The last conv "
           "block + head sees more of the network but needs autograd Hessian-vector products: "
           "several times slower, built-in models only."));
    auto* layerModel = qobject_cast<QStandardItemModel*>(m_layers->model());
    if (!context.lastLayerAvailable) {
        layerModel->item(0)->setEnabled(false);
        layerModel->item(0)->setToolTip(tr("The model has no features() method to read the "
                                           "penultimate layer from."));
    }
    if (!context.blockAvailable) {
        layerModel->item(1)->setEnabled(false);
        layerModel->item(1)->setToolTip(
            tr("TorchScript models cannot be differentiated block by block; use the last layer."));
    }

    m_p = spin(this, 1, 5000,
               tr("P: Arnoldi iterations. More iterations find the Hessian's top eigenvectors "
                  "more accurately; time grows linearly with P."));
    m_p->setObjectName(QStringLiteral("arnoldiDim"));
    m_d = spin(this, 1, 5000,
               tr("D: the dimension of the influence embedding, the top D of the P "
                  "eigenvectors (at most P). Larger D keeps more detail, slower clustering."));
    m_d->setObjectName(QStringLiteral("embeddingDim"));
    m_hessian = spin(this, 0, INT_MAX,
                     tr("Training examples the Hessian is summed over, drawn at random with the "
                        "seed. 5000 is plenty for a stable estimate; 0 uses all of them."));
    m_hessian->setSpecialValueText(tr("All training examples"));
    m_hessian->setObjectName(QStringLiteral("hessianSubset"));
    m_seed = spin(this, 0, INT_MAX,
                  tr("Seed of the Hessian subset and Arnoldi's start vector: the same seed and "
                     "settings give the same slices."));
    m_seed->setObjectName(QStringLiteral("seed"));

    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("split"));
    const QLocale loc;
    const std::array<std::pair<data::Split, QString>, 3> splits{
        {{data::Split::Val, tr("Validation")},
         {data::Split::Test, tr("Test")},
         {data::Split::Train, tr("Training")}}};
    for (const auto& [s, name] : splits) {
        const qint64 n = context.splitSizes[std::size_t(s)];
        m_split->addItem(n >= 0 ? tr("%1 (%2 examples)").arg(name, loc.toString(n)) : name, int(s));
    }
    m_split->setToolTip(tr("The examples that are sliced. Validation is the usual choice: the "
                           "test split then stays untouched to confirm what the slices show."));

    m_plain = new QRadioButton(tr("Plai&n: K slices"), this);
    m_plain->setObjectName(QStringLiteral("plain"));
    m_plain->setToolTip(tr("Spherical K-means into exactly K slices covering the whole split; "
                           "they are then ranked by accuracy."));
    m_rule = new QRadioButton(tr("R&ule: split until slices are bad and big enough"), this);
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setToolTip(tr("InfEmbed-Rule: clusters recursively into B parts and keeps a cluster "
                          "as a slice once its accuracy is below A and it has at least S "
                          "examples. The number of slices is found, not chosen."));
    auto* methodGroup = new QButtonGroup(this);
    methodGroup->addButton(m_plain);
    methodGroup->addButton(m_rule);

    m_k = spin(this, 1, 1000,
               tr("K: how many slices. 10–25 suits a few thousand examples; more gives "
                  "smaller, purer slices."));
    m_k->setObjectName(QStringLiteral("k"));
    m_plainBox = new QGroupBox(this);
    auto* plainForm = new QFormLayout(m_plainBox);
    plainForm->addRow(tr("&K:"), m_k);

    m_accuracy = new QDoubleSpinBox(this);
    m_accuracy->setObjectName(QStringLiteral("accuracyThreshold"));
    m_accuracy->setRange(0.0, 1.0);
    m_accuracy->setDecimals(2);
    m_accuracy->setSingleStep(0.05);
    m_accuracy->setToolTip(tr("A: a slice's accuracy must be below this (the paper: 0.40)."));
    m_minSize =
        spin(this, 1, 1000000, tr("S: a slice has at least this many examples (paper: 25)."));
    m_minSize->setObjectName(QStringLiteral("minSize"));
    m_branching = spin(this, 2, 100, tr("B: clusters each split makes (paper: 3)."));
    m_branching->setObjectName(QStringLiteral("branching"));
    m_depth = spin(this, 0, 30,
                   tr("The deepest split level; a branch that has not met the rule by then is "
                      "dropped (paper: 7)."));
    m_depth->setObjectName(QStringLiteral("maxDepth"));
    m_ruleBox = new QGroupBox(this);
    auto* ruleForm = new QFormLayout(m_ruleBox);
    ruleForm->addRow(tr("Accuracy below &A:"), m_accuracy);
    ruleForm->addRow(tr("At least S e&xamples:"), m_minSize);
    ruleForm->addRow(tr("&B clusters per split:"), m_branching);
    ruleForm->addRow(tr("Max dep&th:"), m_depth);

    m_iterations = spin(this, 1, 1000,
                        tr("Iterations of each spherical K-means run; 25 converges on typical "
                           "splits."));
    m_iterations->setObjectName(QStringLiteral("iterations"));

    m_embedTraining =
        new QCheckBox(tr("E&mbed the training set (for opponents and proponents)"), this);
    m_embedTraining->setObjectName(QStringLiteral("embedTraining"));
    m_embedTraining->setToolTip(
        tr("Also computes the training examples' influence embeddings, so each slice lists the "
           "training examples that hurt it most (opponents: often mislabelled or misleading) "
           "and help it most (proponents). Costs one more pass over the training set."));
    m_opponents = spin(this, 0, 1000, tr("Opponents and proponents listed per slice (0 = none)."));
    m_opponents->setObjectName(QStringLiteral("opponents"));

    auto* influenceBox = new QGroupBox(tr("Influence embeddings"), this);
    auto* inf = new QFormLayout(influenceBox);
    inf->addRow(tr("Pre&set:"), m_preset);
    inf->addRow(tr("&Layers:"), m_layers);
    inf->addRow(tr("Arnoldi iterations &P:"), m_p);
    inf->addRow(tr("Embedding dimension &D:"), m_d);
    inf->addRow(tr("&Hessian subset:"), m_hessian);
    inf->addRow(tr("S&eed:"), m_seed);

    auto* sliceBox = new QGroupBox(tr("Slices"), this);
    auto* sl = new QVBoxLayout(sliceBox);
    auto* splitForm = new QFormLayout;
    splitForm->addRow(tr("Split to sli&ce:"), m_split);
    sl->addLayout(splitForm);
    sl->addWidget(m_plain);
    sl->addWidget(m_plainBox);
    sl->addWidget(m_rule);
    sl->addWidget(m_ruleBox);
    auto* iterForm = new QFormLayout;
    iterForm->addRow(tr("K-means &iterations:"), m_iterations);
    sl->addLayout(iterForm);

    auto* oppBox = new QGroupBox(tr("Opponents"), this);
    auto* opp = new QFormLayout(oppBox);
    opp->addRow(m_embedTraining);
    opp->addRow(tr("&Opponents per slice:"), m_opponents);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!validationError().isEmpty())
            return;
        remember(request());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &InfEmbedDialog::restoreDefaults);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(influenceBox);
    left->addWidget(oppBox);
    left->addStretch(1);
    columns->addLayout(left);
    columns->addWidget(sliceBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setPreset(preset());
    });
    for (QSpinBox* s : {m_p, m_d})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                syncPresetFromValues();
            updateState();
        });
    for (QSpinBox* s :
         {m_hessian, m_seed, m_k, m_iterations, m_minSize, m_branching, m_depth, m_opponents})
        connect(s, &QSpinBox::valueChanged, this, &InfEmbedDialog::updateState);
    connect(m_accuracy, &QDoubleSpinBox::valueChanged, this, &InfEmbedDialog::updateState);
    connect(m_layers, &QComboBox::currentIndexChanged, this, &InfEmbedDialog::updateState);
    connect(m_split, &QComboBox::currentIndexChanged, this, &InfEmbedDialog::updateState);
    connect(m_plain, &QRadioButton::toggled, this, &InfEmbedDialog::updateState);
    connect(m_embedTraining, &QCheckBox::toggled, this, &InfEmbedDialog::updateState);

    setRequest(lastUsed());
}

influence::InfEmbedRequest InfEmbedDialog::defaultRequest() {
    influence::InfEmbedRequest r;
    r.influence = influence::InfluenceSettings::fast();
    r.ruleOptions = cluster::RuleOptions::paper();
    return r;
}

influence::InfEmbedRequest InfEmbedDialog::request() const {
    influence::InfEmbedRequest r = defaultRequest();
    r.influence.layers = m_layers->currentData().toString().toStdString();
    r.influence.arnoldiDim = m_p->value();
    r.influence.embeddingDim = m_d->value();
    r.influence.hessianSubset = m_hessian->value();
    r.influence.seed = std::uint64_t(m_seed->value());
    r.split = data::Split(m_split->currentData().toInt());
    r.rule = m_rule->isChecked();
    r.plain.k = m_k->value();
    r.plain.niter = m_iterations->value();
    r.ruleOptions.maxAccuracy = m_accuracy->value();
    r.ruleOptions.minSize = m_minSize->value();
    r.ruleOptions.branching = m_branching->value();
    r.ruleOptions.maxDepth = m_depth->value();
    r.ruleOptions.niter = m_iterations->value();
    r.embedTraining = m_embedTraining->isChecked();
    r.opponentsPerSlice = r.embedTraining ? m_opponents->value() : 0;
    return r;
}

void InfEmbedDialog::setRequest(const influence::InfEmbedRequest& r) {
    m_updating = true;
    int layer = m_layers->findData(QString::fromStdString(r.influence.layers));
    // A setting the model cannot run falls back to the one it can.
    const bool wantBlock = layer == 1;
    if (layer < 0 || (wantBlock && !m_context.blockAvailable) ||
        (!wantBlock && !m_context.lastLayerAvailable))
        layer = m_context.lastLayerAvailable || !m_context.blockAvailable ? 0 : 1;
    m_layers->setCurrentIndex(layer);
    m_p->setValue(r.influence.arnoldiDim);
    m_d->setValue(r.influence.embeddingDim);
    m_hessian->setValue(r.influence.hessianSubset);
    m_seed->setValue(int(std::min<std::uint64_t>(r.influence.seed, INT_MAX)));
    m_split->setCurrentIndex(qMax(0, m_split->findData(int(r.split))));
    (r.rule ? m_rule : m_plain)->setChecked(true);
    m_k->setValue(r.plain.k);
    m_iterations->setValue(r.rule ? r.ruleOptions.niter : r.plain.niter);
    m_accuracy->setValue(r.ruleOptions.maxAccuracy);
    m_minSize->setValue(r.ruleOptions.minSize);
    m_branching->setValue(r.ruleOptions.branching);
    m_depth->setValue(r.ruleOptions.maxDepth);
    m_embedTraining->setChecked(r.embedTraining);
    m_opponents->setValue(r.opponentsPerSlice);
    m_updating = false;
    syncPresetFromValues();
    updateState();
}

InfEmbedDialog::Preset InfEmbedDialog::preset() const {
    return Preset(m_preset->currentData().toInt());
}

void InfEmbedDialog::setPreset(Preset p) {
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(p)));
    if (p != CustomPreset) {
        const PresetValues v = p == PaperPreset ? kPaper : kFast;
        m_p->setValue(v.p);
        m_d->setValue(v.d);
    }
    m_updating = false;
    updateState();
}

void InfEmbedDialog::syncPresetFromValues() {
    Preset p = CustomPreset;
    if (m_p->value() == kPaper.p && m_d->value() == kPaper.d)
        p = PaperPreset;
    else if (m_p->value() == kFast.p && m_d->value() == kFast.d)
        p = FastPreset;
    const bool was = m_updating;
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(p)));
    m_updating = was;
}

QString InfEmbedDialog::validationError() const {
    const influence::InfEmbedRequest r = request();
    try {
        r.validate();
    } catch (const std::exception& e) {
        // The core's message names the field; it starts lower-case for use inside sentences.
        QString m = QString::fromUtf8(e.what());
        if (!m.isEmpty())
            m[0] = m[0].toUpper();
        return m;
    }
    const int layer = m_layers->currentIndex();
    if ((layer == 0 && !m_context.lastLayerAvailable) || (layer == 1 && !m_context.blockAvailable))
        return tr("The model does not support the chosen layers.");
    const qint64 n = m_context.splitSizes[std::size_t(r.split)];
    if (n == 0)
        return tr("The chosen split has no examples.");
    if (!r.rule && n > 0 && r.plain.k > n)
        return tr("K (%1) is more than the %2 examples of the chosen split.").arg(r.plain.k).arg(n);
    if (m_context.splitSizes[0] == 0)
        return tr("InfEmbed needs training examples; the dataset has none.");
    return {};
}

void InfEmbedDialog::updateState() {
    if (m_updating)
        return;
    m_plainBox->setEnabled(m_plain->isChecked());
    m_ruleBox->setEnabled(m_rule->isChecked());
    m_opponents->setEnabled(m_embedTraining->isChecked());
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void InfEmbedDialog::restoreDefaults() {
    setRequest(defaultRequest());
}

QVariantMap InfEmbedDialog::toVariant(const influence::InfEmbedRequest& r) {
    return {{QStringLiteral("layers"), QString::fromStdString(r.influence.layers)},
            {QStringLiteral("p"), r.influence.arnoldiDim},
            {QStringLiteral("d"), r.influence.embeddingDim},
            {QStringLiteral("hessianSubset"), r.influence.hessianSubset},
            {QStringLiteral("seed"), quint64(r.influence.seed)},
            {QStringLiteral("split"), QString::fromLatin1(data::splitName(r.split))},
            {QStringLiteral("rule"), r.rule},
            {QStringLiteral("k"), r.plain.k},
            {QStringLiteral("iterations"), r.rule ? r.ruleOptions.niter : r.plain.niter},
            {QStringLiteral("accuracy"), r.ruleOptions.maxAccuracy},
            {QStringLiteral("minSize"), r.ruleOptions.minSize},
            {QStringLiteral("branching"), r.ruleOptions.branching},
            {QStringLiteral("maxDepth"), r.ruleOptions.maxDepth},
            {QStringLiteral("embedTraining"), r.embedTraining},
            {QStringLiteral("opponents"), r.opponentsPerSlice}};
}

influence::InfEmbedRequest InfEmbedDialog::fromVariant(const QVariantMap& m) {
    influence::InfEmbedRequest r = defaultRequest();
    auto i = [&](const char* key, int fallback) {
        return m.value(QLatin1String(key), fallback).toInt();
    };
    r.influence.layers =
        m.value(QStringLiteral("layers"), QString::fromStdString(r.influence.layers))
            .toString()
            .toStdString();
    r.influence.arnoldiDim = i("p", r.influence.arnoldiDim);
    r.influence.embeddingDim = i("d", r.influence.embeddingDim);
    r.influence.hessianSubset = i("hessianSubset", r.influence.hessianSubset);
    r.influence.seed = m.value(QStringLiteral("seed"), quint64(r.influence.seed)).toULongLong();
    try {
        r.split = data::parseSplit(
            m.value(QStringLiteral("split"), QStringLiteral("val")).toString().toStdString());
    } catch (const std::exception&) {
        r.split = data::Split::Val; // a hand-edited settings file must not stop the dialog
    }
    r.rule = m.value(QStringLiteral("rule"), r.rule).toBool();
    r.plain.k = i("k", r.plain.k);
    r.plain.niter = i("iterations", r.plain.niter);
    r.ruleOptions.niter = r.plain.niter;
    r.ruleOptions.maxAccuracy =
        m.value(QStringLiteral("accuracy"), r.ruleOptions.maxAccuracy).toDouble();
    r.ruleOptions.minSize = i("minSize", r.ruleOptions.minSize);
    r.ruleOptions.branching = i("branching", r.ruleOptions.branching);
    r.ruleOptions.maxDepth = i("maxDepth", r.ruleOptions.maxDepth);
    r.embedTraining = m.value(QStringLiteral("embedTraining"), r.embedTraining).toBool();
    r.opponentsPerSlice = i("opponents", r.opponentsPerSlice);
    return r;
}

influence::InfEmbedRequest InfEmbedDialog::lastUsed() {
    return fromVariant(Settings::value(Settings::InfEmbedLast).toMap());
}

void InfEmbedDialog::remember(const influence::InfEmbedRequest& request) {
    Settings::setValue(Settings::InfEmbedLast, toVariant(request));
}

} // namespace fl::ui
