#include "ui/methods/defuse/defuse_view.h"
#include "core/data/dataset.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_result.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/defuse/defuse_annotator.h"
#include "ui/methods/defuse/defuse_correction_dialog.h"
#include "ui/methods/defuse/defuse_exchange.h"
#include "ui/methods/defuse/defuse_latent_view.h"
#include "ui/methods/defuse/defuse_run.h"
#include "ui/methods/method_ui_registry.h"
#include "ui/views/empty_state_widget.h"
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cstring>

namespace fl::ui {
namespace {

constexpr char kMethod[] = "defuse";
constexpr int kTile = 96;
constexpr int kTileColumns = 5;
// The digits' shifted symbols on a US keyboard: Shift+4 arrives as '$'.
constexpr char kShiftedDigits[] = ")!@#$%^&*(";

QString shortcutText() {
    const auto& info = methods::MethodRegistry::instance().get(kMethod).info();
    return QKeySequence(QString::fromStdString(info.shortcut)).toString(QKeySequence::NativeText);
}

QString percent(double share) {
    return QLocale().toString(100.0 * share, 'f', 0) + QLatin1Char('%');
}

} // namespace

QString DefuseView::classKey(int cls) {
    if (cls >= 0 && cls < 10)
        return QString(QChar('0' + cls));
    if (cls >= 10 && cls < 36)
        return QString(QChar('A' + cls - 10));
    return {};
}

DefuseView::DefuseView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs), m_annotator(new DefuseAnnotator(doc, this)),
      m_frame(this), m_hintPage(m_frame.addPage(ViewFrame::Margins::Style)),
      m_page(m_frame.addPage(ViewFrame::Margins::Style)) {
    setFocusPolicy(Qt::StrongFocus);
    m_hint = new EmptyStateWidget(m_hintPage.content);
    m_hintPage.layout->addStretch(1);
    m_hintPage.layout->addWidget(m_hint);
    m_runButton = new QPushButton(tr("&Run Defuse…"), m_hintPage.content);
    m_hintPage.layout->addWidget(m_runButton, 0, Qt::AlignHCenter);
    m_hintPage.layout->addStretch(2);

    QWidget* page = m_page.content;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_page);
    m_progress = new QLabel(page);
    bar->addWidget(m_progress, 1);
    auto* rhoLabel = new QLabel(tr("ρ:"), page);
    m_rho = new QDoubleSpinBox(page);
    m_rho->setRange(0.0, 1.0);
    m_rho->setSingleStep(0.05);
    m_rho->setValue(0.5);
    m_rho->setToolTip(tr("A region is a misclassification region when more than this share of "
                         "its labels disagree with the model (the paper's ρ = 0.5)"));
    m_rho->setFocusPolicy(Qt::ClickFocus);
    rhoLabel->setBuddy(m_rho);
    bar->addWidget(rhoLabel);
    bar->addWidget(m_rho);
    auto* exportButton = new QToolButton(page);
    exportButton->setText(tr("Export labels…"));
    exportButton->setToolTip(tr("Write this run's labels (every annotator's) to an annotation "
                                "file for another annotator or a copy of the project"));
    auto* importButton = new QToolButton(page);
    importButton->setText(tr("Import labels…"));
    importButton->setToolTip(tr("Merge another annotator's file: new labels are added, a "
                                "different label of the same annotator is shown as a conflict "
                                "and not imported"));
    for (QToolButton* b : {exportButton, importButton}) {
        b->setFocusPolicy(Qt::NoFocus);
        bar->addWidget(b);
    }
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Labels"),
                                                          QStringLiteral("defuse-labels.json"),
                                                          tr("Annotation files (*.json)"));
        if (!file.isEmpty())
            exportLabels(file);
    });
    connect(importButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import Labels"), {},
                                                          tr("Annotation files (*.json)"));
        if (!file.isEmpty())
            importLabels(file);
    });

    m_tabs = new QTabWidget(page);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    m_regions = new QListWidget(split);
    m_regions->setFocusPolicy(Qt::ClickFocus);
    m_regions->setToolTip(tr("The candidate regions, heaviest first; ✓ when you labelled every "
                             "sample, ⚠ when the labels make it a misclassification region"));
    m_regions->setMinimumWidth(190);
    // In a scroll area: a short dock scrolls the samples rather than clipping their captions.
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* right = new QWidget(scroll);
    scroll->setWidget(right);
    auto* v = new QVBoxLayout(right);
    v->setContentsMargins(6, 0, 0, 0);
    m_regionHeader = new QLabel(right);
    m_regionHeader->setWordWrap(true);
    v->addWidget(m_regionHeader);
    auto* tiles = new QWidget(right);
    m_tileGrid = new QGridLayout(tiles);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(4);
    v->addWidget(tiles, 0, Qt::AlignLeft);
    m_classBox = new QWidget(right);
    v->addWidget(m_classBox);
    auto* actions = new QHBoxLayout;
    m_none = new QPushButton(tr("None of the above (−)"), right);
    m_none->setToolTip(tr("The image shows no class: the vote is discarded (as in the paper)"));
    m_skip = new QPushButton(tr("Skip (Space)"), right);
    m_previous = new QPushButton(tr("◀ Region (PgUp)"), right);
    m_next = new QPushButton(tr("Region ▶ (PgDn)"), right);
    auto* undo = new QPushButton(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        right);
    m_correct = new QPushButton(tr("Correct the Model…"), right);
    m_correct->setToolTip(tr("Fine-tune the model on samples of the confirmed misclassification "
                             "regions over a λ sweep (a background job)"));
    for (QPushButton* b : {m_none, m_skip, m_previous, m_next, undo}) {
        b->setFocusPolicy(Qt::NoFocus);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    m_correct->setFocusPolicy(Qt::NoFocus);
    actions->addWidget(m_correct);
    v->addLayout(actions);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    v->addStretch(1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_tabs->addTab(split, tr("Annotate"));
    m_latentView = new DefuseLatentView(doc, jobs, m_annotator, m_tabs);
    m_tabs->addTab(m_latentView, tr("Latent space"));
    m_tabs->setTabToolTip(1, tr("The codes, the found mistakes and the regions in two dimensions; "
                                "per region its predictions and how new its errors are"));
    m_page.layout->addWidget(m_tabs, 1);
    // The tab a user left open is the one they meet again.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("defuse/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        QSettings().setValue(QStringLiteral("defuse/tab"), tab);
        setFocus();
    });

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (m_jobs)
            startMethod(kMethod, window(), *m_doc, *m_jobs);
    });
    connect(m_none, &QPushButton::clicked, this, [this] { m_annotator->labelCurrent(-1); });
    connect(m_skip, &QPushButton::clicked, m_annotator, &DefuseAnnotator::skip);
    connect(m_previous, &QPushButton::clicked, m_annotator, &DefuseAnnotator::previousRegion);
    connect(m_next, &QPushButton::clicked, m_annotator, &DefuseAnnotator::nextRegion);
    connect(undo, &QPushButton::clicked, this, [this] { m_doc->undoStack()->undo(); });
    connect(m_rho, &QDoubleSpinBox::valueChanged, m_annotator, &DefuseAnnotator::setRho);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        DefuseCorrectionDialog dialog(m_annotator->summary().misclassificationRegions, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        try {
            startCorrection(dialog.options());
        } catch (const std::exception& e) {
            m_doc->reportError(QString::fromUtf8(e.what()));
        }
    });
    connect(m_regions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_annotator->currentRegion())
            m_annotator->setCurrent(row, 0);
        setFocus();
    });
    connect(m_annotator, &DefuseAnnotator::changed, this, &DefuseView::refresh);
    connect(m_doc, &AnalysisDocument::projectChanged, this, &DefuseView::loadRun);
    connect(m_doc, &AnalysisDocument::methodResultChanged, this, [this](const QString& id) {
        if (id == QLatin1String(kMethod))
            loadRun();
    });
    loadRun();
}

DefuseView::~DefuseView() = default;

bool DefuseView::showsEmpty() const {
    return m_frame.showsEmpty() || !m_annotator->run();
}

QToolButton* DefuseView::sampleTile(int sample) const {
    return sample >= 0 && sample < int(m_tiles.size()) ? m_tiles[std::size_t(sample)] : nullptr;
}

QPushButton* DefuseView::classButton(int cls) const {
    return cls >= 0 && cls < int(m_classButtons.size()) ? m_classButtons[std::size_t(cls)]
                                                        : nullptr;
}

void DefuseView::showNoRun(const QString& text) {
    m_annotator->setRun(nullptr);
    m_hint->setText(text);
    m_runButton->setEnabled(methodAvailable(kMethod, *m_doc));
    m_frame.showPage(m_hintPage);
}

void DefuseView::loadRun() {
    if (!m_doc->hasProject()) {
        m_annotator->setRun(nullptr);
        m_frame.showEmpty(tr("Open a project (File ▸ Open), then run Defuse from the Analysis menu "
                             "(%1) to find regions of generated images the model gets wrong and "
                             "label them here.")
                              .arg(shortcutText()));
        return;
    }
    const auto result = m_doc->latestResult(kMethod);
    if (!result) {
        showNoRun(tr("Run Defuse from the Analysis menu (%1): it trains a β-VAE of the training "
                     "images, finds generated images near them that the model gets wrong and "
                     "groups them into regions for you to label here, one key per class.")
                      .arg(shortcutText()));
        return;
    }
    if (m_annotator->run() && m_annotator->run()->result == result)
        return;
    QStringList names;
    if (m_doc->dataset())
        for (const auto& n : m_doc->dataset()->classNames)
            names << QString::fromStdString(n);
    std::shared_ptr<const DefuseRun> run;
    try {
        run = makeDefuseRun(result, names);
    } catch (const std::exception& e) {
        showNoRun(tr("The Defuse run cannot be shown: %1. Run it again from the Analysis menu "
                     "(%2).")
                      .arg(QString::fromUtf8(e.what()), shortcutText()));
        return;
    }
    if (run->regions.empty()) {
        showNoRun(tr("The last Defuse run found no candidate region (no mixture component above "
                     "its weight ε). Run it again with more images or draws (%1).")
                      .arg(shortcutText()));
        return;
    }
    m_annotator->setRun(run);
    rebuildClassButtons();
    m_frame.showPage(m_page);
    refresh();
}

void DefuseView::rebuildClassButtons() {
    delete m_classBox->layout();
    for (auto* b : m_classButtons)
        delete b;
    m_classButtons.clear();
    const auto run = m_annotator->run();
    if (!run)
        return;
    auto* grid = new QGridLayout(m_classBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(3);
    for (int c = 0; c < run->classNames.size(); ++c) {
        const QString key = classKey(c);
        // "3  cat"; just "3" where the class is named by its key (MNIST's digits).
        const QString text = key.isEmpty() || key == run->classNames[c]
                                 ? run->classNames[c]
                                 : QStringLiteral("%1  %2").arg(key, run->classNames[c]);
        auto* b = new QPushButton(text, m_classBox);
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolTip(key.isEmpty()
                          ? tr("Label the sample as %1").arg(run->classNames[c])
                          : tr("Label the sample as %1 (%2); Shift+%2 labels the whole region")
                                .arg(run->classNames[c], key));
        connect(b, &QPushButton::clicked, this, [this, c] {
            if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
                m_annotator->labelRegion(c);
            else
                m_annotator->labelCurrent(c);
        });
        grid->addWidget(b, c / 5, c % 5);
        m_classButtons.push_back(b);
    }
}

QString DefuseView::progressText() const {
    const auto run = m_annotator->run();
    if (!run)
        return {};
    const auto& s = m_annotator->summary();
    return tr("Region %1 of %2 · you labelled %3 of %4 samples · %5 misclassification regions of "
              "%6 labelled")
        .arg(m_annotator->currentRegion() + 1)
        .arg(m_annotator->regionCount())
        .arg(m_annotator->votedByAuthorTotal())
        .arg(m_annotator->sampleCount())
        .arg(s.misclassificationRegions)
        .arg(s.labelledRegions);
}

QString DefuseView::regionText() const {
    const auto run = m_annotator->run();
    if (!run)
        return {};
    const auto& g = run->regions[std::size_t(m_annotator->currentRegion())];
    return tr("Region %1: weight %2, %3 mistakes found in it; the model mostly says %4 (their "
              "source images are mostly %5). Label each sample with its key, or Shift+key for "
              "all of them.")
        .arg(g.index + 1)
        .arg(QLocale().toString(g.weight, 'f', 3))
        .arg(g.size)
        .arg(run->className(g.majorityPrediction), run->className(g.majorityLabel));
}

QString DefuseView::summaryText() const {
    const auto run = m_annotator->run();
    if (!run)
        return {};
    const auto& s = m_annotator->summary();
    const int r = m_annotator->currentRegion();
    QString text;
    if (r < int(s.regions.size()) && s.regions[std::size_t(r)].labelled) {
        const auto& o = s.regions[std::size_t(r)];
        text = tr("This region: label %1 by %2 votes, %3 disagree with the model — %4; "
                  "agreement %5.")
                   .arg(run->className(o.majority))
                   .arg(o.votes)
                   .arg(percent(o.disagreement))
                   .arg(o.misclassification ? tr("a misclassification region")
                                            : tr("not a misclassification region"))
                   .arg(percent(o.agreement));
    } else {
        text = tr("This region has no labels yet.");
    }
    if (s.votes > 0)
        text += QLatin1Char(' ') +
                tr("Overall agreement %1 over %2 votes.").arg(percent(s.agreement)).arg(s.votes);
    return text;
}

void DefuseView::fillRegionList() {
    const auto run = m_annotator->run();
    const auto& s = m_annotator->summary();
    const QSignalBlocker block(m_regions);
    if (m_regions->count() != int(run->regions.size())) {
        m_regions->clear();
        for (std::size_t i = 0; i < run->regions.size(); ++i)
            m_regions->addItem(QString());
    }
    for (std::size_t i = 0; i < run->regions.size(); ++i) {
        const auto& g = run->regions[i];
        const int voted = m_annotator->votedByAuthor(int(i));
        const bool done = voted == int(g.samples.size());
        const bool bad = i < s.regions.size() && s.regions[i].misclassification;
        QString text = tr("%1 · w %2 · model: %3")
                           .arg(i + 1)
                           .arg(QLocale().toString(g.weight, 'f', 3))
                           .arg(run->className(g.majorityPrediction));
        if (i < s.regions.size() && s.regions[i].labelled)
            text += tr(" · label %1").arg(run->className(s.regions[i].majority));
        text += QStringLiteral(" %1%2").arg(done ? QStringLiteral("✓") : QString(),
                                            bad ? QStringLiteral("⚠") : QString());
        m_regions->item(int(i))->setText(text);
    }
    m_regions->setCurrentRow(m_annotator->currentRegion());
}

void DefuseView::fillTiles() {
    const auto run = m_annotator->run();
    const int r = m_annotator->currentRegion();
    const auto& g = run->regions[std::size_t(r)];
    while (int(m_tiles.size()) < int(g.samples.size())) {
        const int s = int(m_tiles.size());
        auto* t = new QToolButton(m_tileGrid->parentWidget());
        t->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        t->setIconSize(QSize(kTile, kTile));
        t->setCheckable(true);
        t->setFocusPolicy(Qt::NoFocus);
        t->setAutoRaise(true);
        connect(t, &QToolButton::clicked, this, [this, s] {
            m_annotator->setCurrent(m_annotator->currentRegion(), s);
            setFocus();
        });
        m_tileGrid->addWidget(t, s / kTileColumns, s % kTileColumns);
        m_tiles.push_back(t);
    }
    for (std::size_t s = 0; s < m_tiles.size(); ++s) {
        auto* t = m_tiles[s];
        t->setVisible(s < g.samples.size());
        if (s >= g.samples.size())
            continue;
        t->setIcon(QPixmap::fromImage(
            g.samples[s].scaled(kTile, kTile, Qt::KeepAspectRatio, Qt::FastTransformation)));
        const auto own = m_annotator->ownVote(r, int(s));
        const auto votes = m_annotator->votes(r, int(s));
        QString text = tr("model: %1").arg(run->className(g.samplePredictions[s]));
        text +=
            QLatin1Char('\n') +
            (own ? tr("you: %1").arg(*own < 0 ? tr("none") : run->className(*own)) : tr("you: —"));
        if (votes.size() > (own ? 1u : 0u))
            text += tr(" (+%1)").arg(votes.size() - (own ? 1 : 0));
        t->setText(text);
        t->setChecked(int(s) == m_annotator->currentSample());
    }
}

void DefuseView::refresh() {
    const auto run = m_annotator->run();
    if (!run || run->regions.empty())
        return;
    fillRegionList();
    fillTiles();
    m_progress->setText(progressText());
    m_regionHeader->setText(regionText());
    m_summary->setText(summaryText());
    m_correct->setEnabled(m_annotator->summary().misclassificationRegions > 0);
    m_previous->setEnabled(m_annotator->currentRegion() > 0);
    m_next->setEnabled(m_annotator->currentRegion() + 1 < m_annotator->regionCount());
}

int DefuseView::classOfKey(int key) const {
    const auto run = m_annotator->run();
    if (!run)
        return -2;
    int cls = -2;
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        cls = key - Qt::Key_0;
    else if (key >= Qt::Key_A && key <= Qt::Key_Z)
        cls = 10 + key - Qt::Key_A;
    return cls >= 0 && cls < run->classNames.size() ? cls : -2;
}

void DefuseView::keyPressEvent(QKeyEvent* e) {
    // PgUp/PgDn walk the regions on either tab; the class keys label on the Annotate tab only.
    if (m_tabs->currentIndex() != 0 && m_annotator->run()) {
        if (e->key() == Qt::Key_PageDown)
            m_annotator->nextRegion();
        else if (e->key() == Qt::Key_PageUp)
            m_annotator->previousRegion();
        else
            QWidget::keyPressEvent(e);
        return;
    }
    if (!m_annotator->run()) {
        QWidget::keyPressEvent(e);
        return;
    }
    const bool shift = e->modifiers() & Qt::ShiftModifier;
    int key = e->key();
    // Shift+digit arrives as the digit's symbol on many layouts.
    if (const char* at = key > 0 && key < 128 ? std::strchr(kShiftedDigits, key) : nullptr) {
        const int cls = classOfKey(Qt::Key_0 + int(at - kShiftedDigits));
        if (cls >= 0 && !(e->modifiers() & Qt::ControlModifier)) {
            m_annotator->labelRegion(cls);
            return;
        }
    }
    if (e->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(e);
        return;
    }
    const int cls = classOfKey(key);
    if (cls >= 0) {
        shift ? m_annotator->labelRegion(cls) : m_annotator->labelCurrent(cls);
        return;
    }
    switch (key) {
    case Qt::Key_Minus:
        shift ? m_annotator->labelRegion(-1) : m_annotator->labelCurrent(-1);
        return;
    case Qt::Key_Space:
    case Qt::Key_Right:
        m_annotator->skip();
        return;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
        m_annotator->previousSample();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_BracketRight:
        m_annotator->nextRegion();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_BracketLeft:
        m_annotator->previousRegion();
        return;
    default:
        QWidget::keyPressEvent(e);
    }
}

} // namespace fl::ui
