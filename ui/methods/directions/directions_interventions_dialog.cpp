#include "ui/methods/directions/directions_interventions_dialog.h"
#include "core/nn/classifier.h"
#include "ui/settings/settings.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fl::ui {
namespace {
const QString kSettingsId = QStringLiteral("directions-interventions");
}

DirectionsInterventionsDialog::DirectionsInterventionsDialog(const QString& embeddingFile,
                                                             const QString& arch, int epochs,
                                                             QWidget* parent)
    : QDialog(parent), m_embeddingFile(embeddingFile) {
    setObjectName(QStringLiteral("directionsInterventionsDialog"));
    setWindowTitle(tr("Failure Directions: Interventions"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Per seed, a base model is trained on the training split without a held-out pool; "
           "its failure directions on the validation split then pick which pool examples to add "
           "(filtering) or which training examples to weigh up (upweighting). Every arm is "
           "retrained from scratch and evaluated on the test split."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* embedBox = new QGroupBox(tr("Embedding"), this);
    auto* ef = new QFormLayout(embedBox);
    m_embedding = new QComboBox(embedBox);
    if (!embeddingFile.isEmpty())
        m_embedding->addItem(tr("The run's encoder (%1)").arg(QFileInfo(embeddingFile).fileName()),
                             false);
    m_embedding->addItem(tr("Each base model's own features"), true);
    m_embedding->setToolTip(
        tr("The space the directions are fitted in. The paper finds the model's own features "
           "weaker: they mirror its confidences."));
    ef->addRow(tr("&Directions in:"), m_embedding);
    layout->addWidget(embedBox);

    auto* filterBox = new QGroupBox(tr("Filtering"), this);
    auto* ff = new QFormLayout(filterBox);
    m_filtering =
        new QCheckBox(tr("Add pool e&xamples (hardest, random, lowest confidence)"), filterBox);
    m_filtering->setChecked(true);
    ff->addRow(m_filtering);
    m_k = new QSpinBox(filterBox);
    m_k->setRange(1, 100000);
    m_k->setValue(100);
    m_k->setToolTip(tr("Pool examples added per class (fewer when a class's pool is smaller)"));
    ff->addRow(tr("&K per class:"), m_k);
    m_pool = new QDoubleSpinBox(filterBox);
    m_pool->setRange(0.01, 0.9);
    m_pool->setSingleStep(0.05);
    m_pool->setDecimals(2);
    m_pool->setValue(0.1);
    m_pool->setToolTip(tr("Share of each class's training examples held out as the pool; no "
                          "model but the filtering arms ever trains on it"));
    ff->addRow(tr("&Pool fraction:"), m_pool);
    m_poolSeed = new QSpinBox(filterBox);
    m_poolSeed->setRange(0, 1000000);
    m_poolSeed->setToolTip(tr("Seed of the held-out pool's draw"));
    ff->addRow(tr("Pool s&eed:"), m_poolSeed);
    layout->addWidget(filterBox);

    auto* upBox = new QGroupBox(tr("Upweighting"), this);
    auto* uf = new QFormLayout(upBox);
    m_upweighting = new QCheckBox(tr("&Weigh up the training examples with h < 0"), upBox);
    m_upweighting->setChecked(true);
    uf->addRow(m_upweighting);
    m_upweight = new QDoubleSpinBox(upBox);
    m_upweight->setRange(1.0, 100.0);
    m_upweight->setSingleStep(0.5);
    m_upweight->setDecimals(2);
    m_upweight->setValue(2.0);
    m_upweight->setToolTip(tr("Loss factor of the predicted errors (the paper: 2)"));
    uf->addRow(tr("&Factor:"), m_upweight);
    layout->addWidget(upBox);

    auto* baseBox = new QGroupBox(tr("Base model (every arm retrains it from scratch)"), this);
    auto* bf = new QFormLayout(baseBox);
    m_arch = new QComboBox(baseBox);
    for (const auto& a : nn::builtInArchitectures())
        m_arch->addItem(QString::fromStdString(a), QString::fromStdString(a));
    if (const int i = m_arch->findData(arch); i >= 0)
        m_arch->setCurrentIndex(i);
    bf->addRow(tr("&Architecture:"), m_arch);
    m_epochs = new QSpinBox(baseBox);
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(std::max(1, epochs));
    bf->addRow(tr("Epoc&hs:"), m_epochs);
    m_seeds = new QSpinBox(baseBox);
    m_seeds->setRange(1, 100);
    m_seeds->setValue(3);
    m_seeds->setToolTip(tr("Seeds 0..N−1: every arm is trained once per seed; the tables show "
                           "mean ± SD"));
    bf->addRow(tr("&Seeds:"), m_seeds);
    layout->addWidget(baseBox);

    m_cost = new QLabel(this);
    m_cost->setWordWrap(true);
    layout->addWidget(m_cost);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DirectionsInterventionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    restore();
    for (QCheckBox* c : {m_filtering, m_upweighting})
        connect(c, &QCheckBox::toggled, this, &DirectionsInterventionsDialog::updateEnabled);
    for (QSpinBox* s : {m_seeds, m_epochs})
        connect(s, &QSpinBox::valueChanged, this, &DirectionsInterventionsDialog::updateEnabled);
    updateEnabled();
}

void DirectionsInterventionsDialog::updateEnabled() {
    for (QWidget* w : {static_cast<QWidget*>(m_k), static_cast<QWidget*>(m_pool),
                       static_cast<QWidget*>(m_poolSeed)})
        w->setEnabled(m_filtering->isChecked());
    m_upweight->setEnabled(m_upweighting->isChecked());
    // Each seed trains the base model, then one model per arm.
    const int arms = 1 + (m_filtering->isChecked() ? 3 : 0) + (m_upweighting->isChecked() ? 1 : 0);
    m_cost->setText(tr("Models trained: %1 (%2 per seed), epochs per model: %3. They train in the "
                       "background; the Jobs panel shows the progress and can cancel it.")
                        .arg(arms * m_seeds->value())
                        .arg(arms)
                        .arg(m_epochs->value()));
    m_error->setVisible(false);
}

InterventionRequest DirectionsInterventionsDialog::request() const {
    InterventionRequest r;
    auto& o = r.options;
    o.modelEmbeddings = m_embedding->currentData().toBool();
    r.embeddingFile = o.modelEmbeddings ? std::string() : m_embeddingFile.toStdString();
    o.filtering = m_filtering->isChecked();
    o.upweighting = m_upweighting->isChecked();
    o.perClass = m_k->value();
    o.poolFraction = m_pool->value();
    o.poolSeed = std::uint64_t(m_poolSeed->value());
    o.upweight = m_upweight->value();
    o.base.arch = m_arch->currentData().toString().toStdString();
    o.base.train.epochs = m_epochs->value();
    o.seeds.clear();
    for (int s = 0; s < m_seeds->value(); ++s)
        o.seeds.push_back(std::uint64_t(s));
    return r;
}

QString DirectionsInterventionsDialog::validationError() const {
    if (!m_filtering->isChecked() && !m_upweighting->isChecked())
        return tr("Neither filtering nor upweighting is on: there is no intervention to run.");
    return {};
}

void DirectionsInterventionsDialog::accept() {
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    remember();
    QDialog::accept();
}

void DirectionsInterventionsDialog::remember() const {
    Settings::setMethodParameters(
        kSettingsId, {{QStringLiteral("k"), m_k->value()},
                      {QStringLiteral("pool-fraction"), m_pool->value()},
                      {QStringLiteral("pool-seed"), m_poolSeed->value()},
                      {QStringLiteral("upweight"), m_upweight->value()},
                      {QStringLiteral("seeds"), m_seeds->value()},
                      {QStringLiteral("filtering"), m_filtering->isChecked()},
                      {QStringLiteral("upweighting"), m_upweighting->isChecked()},
                      {QStringLiteral("model-embeddings"), m_embedding->currentData().toBool()}});
}

// The last accepted values; the base model's arch and epochs always follow the project's model.
void DirectionsInterventionsDialog::restore() {
    const QVariantMap v = Settings::methodParameters(kSettingsId);
    if (v.isEmpty())
        return;
    m_k->setValue(v.value(QStringLiteral("k"), m_k->value()).toInt());
    m_pool->setValue(v.value(QStringLiteral("pool-fraction"), m_pool->value()).toDouble());
    m_poolSeed->setValue(v.value(QStringLiteral("pool-seed"), 0).toInt());
    m_upweight->setValue(v.value(QStringLiteral("upweight"), m_upweight->value()).toDouble());
    m_seeds->setValue(v.value(QStringLiteral("seeds"), m_seeds->value()).toInt());
    m_filtering->setChecked(v.value(QStringLiteral("filtering"), true).toBool());
    m_upweighting->setChecked(v.value(QStringLiteral("upweighting"), true).toBool());
    if (const int i = m_embedding->findData(v.value(QStringLiteral("model-embeddings")).toBool());
        i >= 0)
        m_embedding->setCurrentIndex(i);
}

} // namespace fl::ui
