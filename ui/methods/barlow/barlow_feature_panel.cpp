#include "ui/methods/barlow/barlow_feature_panel.h"
#include "core/data/dataset.h"
#include "core/store/feature_name_repo.h"
#include "ui/document/analysis_document.h"
#include "ui/document/dataset_image.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/methods/barlow/barlow_run.h"
#include "ui/methods/barlow/feature_extractor.h"
#include "ui/methods/barlow/image_strip.h"
#include "ui/views/view_style.h"
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <random>

namespace fl::ui {
namespace {

QImage rgbImage(const std::vector<std::uint8_t>& rgb, int h, int w) {
    return ui::rgbImage(rgb.data(), rgb.size(), w, h);
}

QString value(double v) {
    return QLocale().toString(v, 'f', 2);
}

} // namespace

BarlowFeaturePanel::BarlowFeaturePanel(AnalysisDocument* doc, JobManager* jobs, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs) {
    auto* v = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setToolTip(tr("The class's top features by mutual information with failure; a "
                            "click on a split in the tree shows its feature here"));
    auto* pickLabel = new QLabel(tr("&Feature:"), this);
    pickLabel->setBuddy(m_picker);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name this feature, e.g. collar"));
    m_name->setClearButtonEnabled(true);
    m_name->setToolTip(tr("A name for the feature, shown wherever it appears (tree, rules, "
                          "heatmap); saved in the project when you press Enter or leave the "
                          "field"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    m_opacity->setMaximumWidth(140);
    m_opacity->setToolTip(tr("Heatmap opacity over the images"));
    auto* opacityLabel = new QLabel(tr("Heatmap &opacity:"), this);
    opacityLabel->setBuddy(m_opacity);
    bar->addWidget(pickLabel);
    bar->addWidget(m_picker, 1);
    bar->addWidget(nameLabel);
    bar->addWidget(m_name, 1);
    bar->addWidget(opacityLabel);
    bar->addWidget(m_opacity);
    v->addLayout(bar);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    v->addWidget(m_header);

    const auto row = [&](QLabel** cap, ImageStrip** strip, QLayout* extra = nullptr) {
        *cap = style::captionLabel(this);
        *strip = new ImageStrip(this);
        (*strip)->setColumns(kImages);
        if (extra) {
            auto* h = new QHBoxLayout;
            h->addWidget(*cap, 1);
            h->addLayout(extra);
            v->addLayout(h);
        } else {
            v->addWidget(*cap);
        }
        v->addWidget(*strip);
        connect(*strip, &ImageStrip::exampleClicked, m_doc, &AnalysisDocument::setCurrentExample);
    };
    row(&m_topCaption, &m_top);
    row(&m_heatCaption, &m_heat);
    auto* attackBar = new QHBoxLayout;
    m_attackProgress = new QProgressBar(this);
    m_attackProgress->setRange(0, 100);
    m_attackProgress->setMaximumWidth(160);
    m_attackCancel = new QPushButton(tr("Cancel"), this);
    m_attackRun = new QPushButton(tr("&Attack Again"), this);
    m_attackRun->setToolTip(tr("Run the feature attack for this feature (cached results show at "
                               "once)"));
    attackBar->addWidget(m_attackProgress);
    attackBar->addWidget(m_attackCancel);
    attackBar->addWidget(m_attackRun);
    row(&m_attackCaption, &m_attack, attackBar);
    row(&m_failuresCaption, &m_failures);
    v->addStretch(1);
    m_attackProgress->hide();
    m_attackCancel->hide();
    m_attackRun->hide();

    connect(m_picker, &QComboBox::activated, this,
            [this](int i) { setFeature(m_picker->itemData(i).toInt()); });
    connect(m_name, &QLineEdit::editingFinished, this, &BarlowFeaturePanel::commitName);
    connect(m_opacity, &QSlider::valueChanged, this, &BarlowFeaturePanel::showHeatmaps);
    connect(m_attackCancel, &QPushButton::clicked, this, &BarlowFeaturePanel::cancelAttack);
    connect(m_attackRun, &QPushButton::clicked, this, &BarlowFeaturePanel::startAttack);
    if (m_jobs) {
        connect(m_jobs, &JobManager::jobChanged, this, &BarlowFeaturePanel::onJobChanged);
        connect(m_jobs, &JobManager::jobFinished, this, &BarlowFeaturePanel::onJobFinished);
    }
    refresh();
}

BarlowFeaturePanel::~BarlowFeaturePanel() {
    if (m_jobs) {
        m_jobs->cancel(m_heatJob);
        m_jobs->cancel(m_attackJob);
    }
}

void BarlowFeaturePanel::setRun(std::shared_ptr<const BarlowRun> run,
                                std::shared_ptr<FeatureExtractor> extractor) {
    if (m_name->isModified())
        commitName();
    m_run = std::move(run);
    m_extractor = std::move(extractor);
    m_heatCache.clear();
    m_attackCache.clear();
    m_feature = -1;
    m_groupRows.clear();
    m_leafRows.clear();
    m_topFeatures.clear();
    m_cls = -1;
    cancelAttack();
    refresh();
}

void BarlowFeaturePanel::setGroup(const BarlowClassTree* tree, int cls, bool byPrediction) {
    if (m_name->isModified())
        commitName();
    m_cls = cls;
    m_byPrediction = byPrediction;
    m_groupRows = m_run ? m_run->groupRows(cls, byPrediction) : std::vector<std::int64_t>{};
    m_topFeatures = tree ? tree->failures.features : std::vector<int>{};
    m_feature = -1; // the caller picks one of the group's
    m_name->setText({});
    m_name->setModified(false);
    fillPicker();
    refresh();
}

void BarlowFeaturePanel::setLeaf(const std::vector<std::int64_t>& rows,
                                 const QString& description) {
    m_leafRows = rows;
    m_leafDescription = description;
    showFailures();
}

void BarlowFeaturePanel::setFeatureNames(const barlow::FeatureNames& names) {
    m_names = names;
    fillPicker();
    if (!m_name->isModified())
        m_name->setText(m_names.value(m_feature));
    refresh();
}

void BarlowFeaturePanel::setFeature(int feature) {
    if (m_name->isModified())
        commitName();
    if (!m_run || feature < 0 || feature >= m_run->features.cols())
        feature = -1;
    m_feature = feature;
    m_name->setText(m_names.value(feature));
    m_name->setModified(false);
    fillPicker();
    refresh();
}

void BarlowFeaturePanel::fillPicker() {
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    std::vector<int> list = m_topFeatures;
    if (m_feature >= 0 && std::find(list.begin(), list.end(), m_feature) == list.end())
        list.insert(list.begin(), m_feature);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const bool top = i < m_topFeatures.size() || list[i] != m_feature;
        m_picker->addItem(top ? barlow::featureLongLabel(list[i], m_names)
                              : tr("%1 (not among the class's top features)")
                                    .arg(barlow::featureLongLabel(list[i], m_names)),
                          list[i]);
    }
    m_picker->setCurrentIndex(m_picker->findData(m_feature));
}

QString BarlowFeaturePanel::cacheKey() const {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(m_run ? m_run->runId : 0)
        .arg(m_byPrediction ? 1 : 0)
        .arg(m_cls)
        .arg(m_feature);
}

void BarlowFeaturePanel::refresh() {
    const bool ready = m_run && m_feature >= 0 && m_cls >= 0;
    m_name->setEnabled(ready);
    if (!ready) {
        m_header->setText(m_run ? tr("Pick a feature above, or click a split in the tree.")
                                : QString());
        for (auto* c : {m_topCaption, m_heatCaption, m_attackCaption, m_failuresCaption})
            c->clear();
        for (auto* s : {m_top, m_heat, m_attack, m_failures})
            s->setMessage({});
        m_topRows.clear();
        m_attackRun->hide();
        return;
    }
    const QString group = m_run->groupName(m_cls, m_byPrediction);
    const QString f = barlow::featureLongLabel(m_feature, m_names);
    m_header->setText(
        m_run->modelFeatures
            ? tr("%1 of the inspected model's own penultimate features, in %2.").arg(f, group)
            : tr("%1 of the robust extractor's features, in %2.").arg(f, group));
    showTop();
    m_heatCaption->setText(tr("Heatmaps: the feature's channel of the last feature maps, "
                              "overlaid in JET colours"));
    m_attackCaption->setText(tr("Feature attack: %1 steps of gradient ascent on the feature from "
                                "each image above (value before → after)")
                                 .arg(viz::FeatureAttackOptions().iterations));
    m_heat->setMessage(tr("Computed when shown."));
    m_attack->setMessage(tr("Computed when shown."));
    startJobs();
    showFailures();
}

void BarlowFeaturePanel::startJobs() {
    if (!isVisible() || !m_run || m_feature < 0 || m_cls < 0)
        return;
    for (const auto r : m_topRows)
        if (positionOf(m_run->ids[std::size_t(r)]) < 0) {
            m_heat->setMessage(tr("No heatmaps: the run's examples are not in the dataset."));
            m_attack->setMessage(tr("No feature attack: the run's examples are not in the "
                                    "dataset."));
            return;
        }
    requestHeatmaps();
    startAttack();
}

void BarlowFeaturePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    startJobs();
}

qint64 BarlowFeaturePanel::positionOf(qint64 exampleId) const {
    return m_doc->datasetPosition(exampleId);
}

QImage BarlowFeaturePanel::exampleImage(qint64 exampleId) const {
    return m_doc->image(exampleId);
}

void BarlowFeaturePanel::showTop() {
    m_topRows = viz::mostActivating(m_run->features, m_groupRows, m_feature, kImages);
    const QLocale loc;
    m_topCaption->setText(tr("Most activating in %1 (%2 of %3 examples), feature value under each")
                              .arg(m_run->groupName(m_cls, m_byPrediction))
                              .arg(m_topRows.size())
                              .arg(loc.toString(qint64(m_groupRows.size()))));
    QVector<ImageStrip::Item> items;
    for (const auto r : m_topRows) {
        ImageStrip::Item it;
        it.exampleId = m_run->ids[std::size_t(r)];
        it.image = exampleImage(it.exampleId);
        it.caption = value(m_run->features(r, m_feature));
        it.wrong = m_run->isError(r);
        it.toolTip = tr("Example %1\nTrue label: %2\nPrediction: %3\nFeature value %4")
                         .arg(it.exampleId)
                         .arg(m_run->className(m_run->labels[std::size_t(r)]),
                              m_run->className(m_run->predictions[std::size_t(r)]), it.caption);
        items.append(it);
    }
    if (items.isEmpty())
        m_top->setMessage(tr("The group has no examples."));
    else
        m_top->setItems(items);
}

QVector<qint64> BarlowFeaturePanel::mostActivatingIds() const {
    QVector<qint64> out;
    for (const auto& it : m_top->items())
        out << it.exampleId;
    return out;
}

QVector<qint64> BarlowFeaturePanel::failureIds() const {
    QVector<qint64> out;
    for (const auto& it : m_failures->items())
        out << it.exampleId;
    return out;
}

// --- heatmaps ------------------------------------------------------------------------------

void BarlowFeaturePanel::requestHeatmaps() {
    const QString key = cacheKey();
    if (m_heatCache.contains(key)) {
        showHeatmaps();
        Q_EMIT heatmapsShown();
        return;
    }
    if (m_topRows.empty() || !m_jobs)
        return;
    if (!m_doc->sharedDataset()) {
        m_heat->setMessage(tr("No images: the dataset is not loaded."));
        return;
    }
    if (!m_extractor) {
        m_heat->setMessage(tr("No heatmaps: the model whose features the run used is not "
                              "loaded."));
        m_attack->setMessage(tr("No feature attack: the model whose features the run used is "
                                "not loaded."));
        return;
    }
    if (m_heatJob && m_heatKey != key)
        m_jobs->cancel(m_heatJob);
    if (m_heatJob && m_heatKey == key && busy())
        return; // already on its way
    std::vector<std::int64_t> positions;
    for (const auto r : m_topRows)
        positions.push_back(positionOf(m_run->ids[std::size_t(r)]));
    m_heat->setMessage(tr("Computing the heatmaps…"));
    m_heatKey = key;
    const int j = m_feature;
    m_heatJob = m_jobs->run<std::shared_ptr<const HeatResult>>(
        tr("Barlow heatmaps of %1").arg(barlow::featureLabel(j, m_names)),
        fl::jobs::JobWeight::Light,
        [extractor = m_extractor, data = m_doc->sharedDataset(), positions,
         j](fl::jobs::JobContext& ctx) {
            auto r = std::make_shared<HeatResult>();
            r->positions = positions;
            r->maps =
                viz::featureHeatmaps(extractor->get(), *data, positions, j, ctx.cancelToken());
            return std::shared_ptr<const HeatResult>(std::move(r));
        },
        this,
        [this, key](const std::shared_ptr<const HeatResult>& r) {
            m_heatCache.insert(key, r);
            if (key == cacheKey()) {
                showHeatmaps();
                Q_EMIT heatmapsShown();
            }
        },
        [this, key](const QString& error) {
            if (key == cacheKey()) {
                m_heat->setMessage(tr("No heatmaps: %1").arg(error));
                Q_EMIT heatmapsShown();
            }
        });
}

void BarlowFeaturePanel::showHeatmaps() {
    const auto it = m_heatCache.constFind(cacheKey());
    const data::Dataset* ds = m_doc->dataset();
    if (it == m_heatCache.constEnd() || !ds)
        return;
    const HeatResult& r = **it;
    const double opacity = m_opacity->value() / 100.0;
    QVector<ImageStrip::Item> items;
    for (std::size_t k = 0; k < r.maps.size() && k < m_topRows.size(); ++k) {
        ImageStrip::Item item;
        item.exampleId = m_run->ids[std::size_t(m_topRows[k])];
        item.image =
            rgbImage(viz::overlayJet(ds->image(r.positions[k]), ds->channels, r.maps[k], opacity),
                     ds->height, ds->width);
        item.toolTip = tr("Example %1: where feature %2 fires (red: strongest)")
                           .arg(item.exampleId)
                           .arg(barlow::featureLabel(m_feature, m_names));
        items.append(item);
    }
    m_heat->setItems(items);
}

// --- feature attack ------------------------------------------------------------------------

void BarlowFeaturePanel::startAttack() {
    if (!m_run || m_feature < 0 || m_topRows.empty() || !m_jobs || !m_extractor ||
        !m_doc->sharedDataset())
        return;
    const viz::FeatureAttackOptions options;
    const QString key = cacheKey();
    if (m_attackCache.contains(key)) {
        showAttack();
        Q_EMIT attackShown();
        return;
    }
    if (m_attackJob && m_attackKey == key && busy())
        return;
    if (m_attackJob)
        m_jobs->cancel(m_attackJob);
    std::vector<std::int64_t> positions;
    for (const auto r : m_topRows)
        positions.push_back(positionOf(m_run->ids[std::size_t(r)]));
    m_attack->setMessage(tr("Attacking the feature…"));
    m_attackKey = key;
    m_attackProgress->setValue(0);
    m_attackProgress->show();
    m_attackCancel->show();
    m_attackRun->hide();
    const int j = m_feature;
    m_attackJob = m_jobs->run<std::shared_ptr<const AttackResult>>(
        tr("Barlow feature attack on %1").arg(barlow::featureLabel(j, m_names)),
        fl::jobs::JobWeight::Heavy,
        [extractor = m_extractor, data = m_doc->sharedDataset(), positions, j,
         options](fl::jobs::JobContext& ctx) {
            auto r = std::make_shared<AttackResult>();
            r->positions = positions;
            r->attack = viz::featureAttack(extractor->get(), *data, positions, j, options,
                                           ctx.progress(), ctx.cancelToken());
            return std::shared_ptr<const AttackResult>(std::move(r));
        },
        this,
        [this, key](const std::shared_ptr<const AttackResult>& r) {
            m_attackCache.insert(key, r);
            if (key == cacheKey()) {
                showAttack();
                Q_EMIT attackShown();
            }
        },
        [this, key](const QString& error) {
            if (key == cacheKey()) {
                m_attack->setMessage(tr("No feature attack: %1").arg(error));
                m_attackProgress->hide();
                m_attackCancel->hide();
                m_attackRun->show();
                Q_EMIT attackShown();
            }
        });
}

void BarlowFeaturePanel::cancelAttack() {
    if (m_jobs && m_attackJob)
        m_jobs->cancel(m_attackJob);
}

void BarlowFeaturePanel::onJobChanged(quint64 id) {
    if (id != m_attackJob || !m_jobs)
        return;
    if (const JobInfo* info = m_jobs->job(id))
        m_attackProgress->setValue(int(100 * info->fraction));
}

// A cancelled attack of the shown feature says so and offers to start again.
void BarlowFeaturePanel::onJobFinished(quint64 id) {
    if (id != m_attackJob || !m_jobs || m_attackKey != cacheKey())
        return;
    const JobInfo* info = m_jobs->job(id);
    if (!info || info->state != fl::jobs::JobState::Cancelled)
        return;
    m_attack->setMessage(tr("The feature attack was cancelled."));
    m_attackProgress->hide();
    m_attackCancel->hide();
    m_attackRun->show();
}

void BarlowFeaturePanel::showAttack() {
    m_attackProgress->hide();
    m_attackCancel->hide();
    m_attackRun->hide();
    const auto it = m_attackCache.constFind(cacheKey());
    const data::Dataset* ds = m_doc->dataset();
    if (it == m_attackCache.constEnd() || !ds)
        return;
    const auto& a = (*it)->attack;
    const auto chw = std::size_t(ds->imageSize());
    QVector<ImageStrip::Item> items;
    for (std::size_t k = 0; k < a.before.size() && k < m_topRows.size(); ++k) {
        ImageStrip::Item item;
        item.exampleId = m_run->ids[std::size_t(m_topRows[k])];
        item.image =
            rgbImage(viz::toRgb(a.images.data() + k * chw, ds->channels, ds->height, ds->width),
                     ds->height, ds->width);
        item.caption = tr("%1 → %2").arg(value(a.before[k]), value(a.after[k]));
        item.toolTip = tr("Example %1 changed to maximise %2: %3 → %4")
                           .arg(item.exampleId)
                           .arg(barlow::featureLabel(m_feature, m_names), value(a.before[k]),
                                value(a.after[k]));
        items.append(item);
    }
    m_attack->setItems(items);
}

bool BarlowFeaturePanel::busy() const {
    if (!m_jobs)
        return false;
    for (const quint64 id : {m_heatJob, m_attackJob})
        if (const JobInfo* j = id ? m_jobs->job(id) : nullptr; j && j->finishedAfterMs < 0)
            return true;
    return false;
}

// --- failures in the leaf ------------------------------------------------------------------

void BarlowFeaturePanel::showFailures() {
    if (!m_run || m_cls < 0) {
        m_failures->setMessage({});
        return;
    }
    std::vector<std::int64_t> failures;
    for (const auto r : m_leafRows)
        if (m_run->isError(r))
            failures.push_back(r);
    const auto all = failures.size();
    // Drawn with the run's seed, so the same leaf shows the same failures.
    std::mt19937_64 rng(m_run->seed);
    std::shuffle(failures.begin(), failures.end(), rng);
    failures.resize(std::min<std::size_t>(failures.size(), kImages));
    m_failuresCaption->setText(tr("Random failures in %1 (%2 of %3)")
                                   .arg(m_leafDescription)
                                   .arg(failures.size())
                                   .arg(QLocale().toString(qint64(all))));
    QVector<ImageStrip::Item> items;
    for (const auto r : failures) {
        ImageStrip::Item it;
        it.exampleId = m_run->ids[std::size_t(r)];
        it.image = exampleImage(it.exampleId);
        it.caption = tr("%1 → %2").arg(m_run->className(m_run->labels[std::size_t(r)]),
                                       m_run->className(m_run->predictions[std::size_t(r)]));
        it.wrong = true;
        it.toolTip = tr("Example %1\nTrue label: %2\nPrediction: %3")
                         .arg(it.exampleId)
                         .arg(m_run->className(m_run->labels[std::size_t(r)]),
                              m_run->className(m_run->predictions[std::size_t(r)]));
        items.append(it);
    }
    if (items.isEmpty())
        m_failures->setMessage(m_leafRows.empty() ? tr("Click a leaf of the tree to see its "
                                                       "failures.")
                                                  : tr("The model makes no errors here."));
    else
        m_failures->setItems(items);
}

// --- naming --------------------------------------------------------------------------------

void BarlowFeaturePanel::commitName() {
    if (!m_run || m_feature < 0 || !m_doc->project())
        return;
    m_name->setModified(false);
    const QString name = m_name->text().trimmed();
    if (name == m_names.value(m_feature))
        return;
    try {
        store::FeatureNameRepo(*m_doc->project())
            .set(m_run->extractorKey, m_feature, name.toStdString(), m_doc->author().toStdString());
    } catch (const std::exception& e) {
        m_doc->reportError(
            tr("The feature's name could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (name.isEmpty())
        m_names.remove(m_feature);
    else
        m_names.insert(m_feature, name);
    fillPicker();
    refresh(); // the header and captions name it; what was computed is cached
    Q_EMIT featureNamed(m_feature, name);
}

} // namespace fl::ui
