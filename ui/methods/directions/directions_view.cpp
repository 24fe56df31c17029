#include "ui/methods/directions/directions_view.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_result.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/directions/decision_histogram_widget.h"
#include "ui/methods/directions/directions_interventions_panel.h"
#include "ui/methods/directions/directions_strength_chart.h"
#include "ui/methods/method_ui_registry.h"
#include "ui/models/example_tile_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/empty_state_widget.h"
#include "ui/views/example_delegate.h"
#include "ui/views/example_tile_grid.h"
#include "ui/views/view_style.h"
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace fl::ui {
namespace {

constexpr int kThumb = 64;
constexpr int kCellWidth = 112; // room for "Pullover → T-shirt" under the thumbnail
constexpr char kMethod[] = "directions";

QString shortcutText() {
    const auto& info = methods::MethodRegistry::instance().get(kMethod).info();
    return QKeySequence(QString::fromStdString(info.shortcut)).toString(QKeySequence::NativeText);
}

QString number(double v, int decimals = 3) {
    return QLocale().toString(v, 'f', decimals);
}

// "h −1.23": the decision value under a thumbnail, with a true minus sign.
QString hText(double h) {
    return QCoreApplication::translate("fl::ui::DirectionsView", "h %1")
        .arg(QLocale().toString(h, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212)));
}

} // namespace

DirectionsView::DirectionsView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs), m_frame(this),
      m_hintPage(m_frame.addPage(ViewFrame::Margins::Style)), m_page(m_frame.addPage()) {
    // The hint page: a project without a run; the button opens the method's run form.
    m_hint = new EmptyStateWidget(m_hintPage.content);
    m_hintPage.layout->addStretch(1);
    m_hintPage.layout->addWidget(m_hint);
    m_runButton = new QPushButton(m_hintPage.content);
    m_runButton->setText(tr("&Run %1…").arg(methodTitle()));
    m_hintPage.layout->addWidget(m_runButton, 0, Qt::AlignHCenter);
    m_hintPage.layout->addStretch(2);

    QWidget* page = m_page.content;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_page);
    m_classCombo = new QComboBox(page);
    m_classCombo->setToolTip(tr("The class whose failure direction is shown"));
    m_splitCombo = new QComboBox(page);
    m_splitCombo->setToolTip(
        tr("The examples ranked along the direction: the held-out split, scored by the SVM "
           "refitted on the whole fitted split, or the fitted split itself, each example scored "
           "by the cross-validation fold that did not see it"));
    const auto labelled = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, page);
        l->setBuddy(w);
        bar->addWidget(l);
        bar->addWidget(w);
    };
    labelled(tr("&Class:"), m_classCombo);
    labelled(tr("&Ranked on:"), m_splitCombo);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    bar->addWidget(m_status, 1);
    m_interventionsButton = new QPushButton(tr("&Interventions…"), page);
    m_interventionsButton->setToolTip(
        tr("Retrain the model with the hardest pool examples added (against random and "
           "low-confidence picks) or with the predicted errors upweighted, over several seeds"));
    bar->addWidget(m_interventionsButton);

    auto* scroll = m_scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* v = new QVBoxLayout(content);
    scroll->setWidget(content);
    m_page.layout->addWidget(scroll, 1);

    m_header = new QLabel(content);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_header);

    auto* charts = new QHBoxLayout;
    m_chart = new DirectionsStrengthChart(content);
    m_histogram = new DecisionHistogramWidget(content);
    charts->addWidget(m_chart, 2, Qt::AlignTop);
    charts->addWidget(m_histogram, 3);
    v->addLayout(charts);

    auto* captionsTitle = style::captionLabel(content);
    captionsTitle->setText(tr("Captions: the concepts (and, with a text encoder, the quoted "
                              "text captions) most aligned with the direction, on the fitted "
                              "split (click a concept to select its examples)"));
    v->addSpacing(4);
    v->addWidget(captionsTitle);
    auto* captions = new QHBoxLayout;
    for (QTableWidget** t : {&m_hardCaptions, &m_easyCaptions}) {
        *t = new QTableWidget(content);
        (*t)->setColumnCount(3);
        (*t)->setHorizontalHeaderLabels({t == &m_hardCaptions ? tr("Hard (the errors' side)")
                                                              : tr("Easy (the successes' side)"),
                                         tr("wᵀd"), tr("Examples")});
        (*t)->setSelectionBehavior(QAbstractItemView::SelectRows);
        (*t)->setSelectionMode(QAbstractItemView::SingleSelection);
        (*t)->setEditTriggers(QAbstractItemView::NoEditTriggers);
        (*t)->verticalHeader()->hide();
        // Compact rows: the tables sit inside the scrolled page, as tall as their rows.
        (*t)->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
        (*t)->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        (*t)->horizontalHeader()->setSectionResizeMode(CaptionTextColumn, QHeaderView::Stretch);
        (*t)->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        (*t)->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        captions->addWidget(*t, 1, Qt::AlignTop);
    }
    v->addLayout(captions);

    m_thumbnails = new ThumbnailCache(this);
    m_thumbnails->setSize(QSize(kThumb, kThumb), devicePixelRatioF());
    m_hardModel = new ExampleTileModel(this);
    m_easyModel = new ExampleTileModel(this);
    const auto tileBox = [&](QLabel** cap, ExampleTileGrid** grid, ExampleTileModel* model) {
        *cap = style::captionLabel(content);
        *grid = new ExampleTileGrid(model, m_thumbnails, content);
        (*grid)->delegate()->setMinimumCellWidth(kCellWidth);
        v->addSpacing(4);
        v->addWidget(*cap);
        v->addWidget(*grid);
        connect(*grid, &ExampleTileGrid::exampleClicked, this, &DirectionsView::clickExample);
    };
    tileBox(&m_hardCaption, &m_hardGrid, m_hardModel);
    tileBox(&m_easyCaption, &m_easyGrid, m_easyModel);

    m_interventions = new DirectionsInterventionsPanel(m_doc, jobs, content);
    v->addSpacing(6);
    v->addWidget(m_interventions);
    v->addStretch(1);

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (m_jobs)
            startMethod(kMethod, window(), *m_doc, *m_jobs);
    });
    connect(m_interventionsButton, &QPushButton::clicked, m_interventions,
            &DirectionsInterventionsPanel::openDialog);
    // The interventions sit below the rankings: their progress and results come into view.
    for (auto signal :
         {&DirectionsInterventionsPanel::started, &DirectionsInterventionsPanel::finished})
        connect(m_interventions, signal, this, [this] {
            QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_interventions); });
        });
    connect(m_classCombo, &QComboBox::activated, this,
            [this](int i) { setClass(m_classCombo->itemData(i).toInt()); });
    connect(m_splitCombo, &QComboBox::activated, this,
            [this](int i) { setRankedSplit(m_splitCombo->itemData(i).toBool()); });
    connect(m_chart, &DirectionsStrengthChart::barClicked, this, &DirectionsView::clickClass);
    connect(m_histogram, &DecisionHistogramWidget::binClicked, this, &DirectionsView::clickBin);
    connect(m_hardCaptions, &QTableWidget::cellClicked, this,
            [this](int row) { clickCaption(true, row); });
    connect(m_easyCaptions, &QTableWidget::cellClicked, this,
            [this](int row) { clickCaption(false, row); });
    connect(m_doc, &AnalysisDocument::projectChanged, this, &DirectionsView::loadRun);
    connect(m_doc, &AnalysisDocument::methodResultChanged, this, [this](const QString& id) {
        if (id == QLatin1String(kMethod))
            loadRun();
    });
    // A selection made elsewhere: no bin or caption is picked any more.
    connect(m_doc, &AnalysisDocument::selectionChanged, this, [this] {
        if (m_doc->selection().origin == m_lastOrigin)
            return;
        m_histogram->setSelectedBin(-1);
        m_hardCaptions->clearSelection();
        m_easyCaptions->clearSelection();
    });
    loadRun();
}

DirectionsView::~DirectionsView() = default;

QString DirectionsView::methodTitle() const {
    const auto& info = methods::MethodRegistry::instance().get(kMethod).info();
    return QCoreApplication::translate("fl::methods::ParameterSpec", info.title.c_str());
}

QString DirectionsView::messageText() const {
    if (m_frame.showsEmpty())
        return m_frame.emptyState()->text();
    if (!m_run) // a project without a (readable) run: the hint page
        return m_hint->text();
    return m_status->text();
}

bool DirectionsView::showsEmpty() const {
    return m_frame.showsEmpty() || !m_run;
}

// --- the run -------------------------------------------------------------------------------

void DirectionsView::showNoRun(const QString& text) {
    m_run.reset();
    m_cls = -1;
    m_hint->setText(text);
    m_runButton->setEnabled(methodAvailable(kMethod, *m_doc));
    m_runButton->setToolTip(m_runButton->isEnabled()
                                ? QString()
                                : tr("The project's model is not loaded: the method needs it."));
    m_frame.showPage(m_hintPage);
    m_interventions->setRun(nullptr);
}

void DirectionsView::loadRun() {
    const auto result = m_doc->hasProject() ? m_doc->latestResult(kMethod) : nullptr;
    // A project opened announces every method's result too: the same run is not read twice.
    if (m_run && result && m_run->result == result)
        return;
    m_thumbnails->setDataset(m_doc->hasProject() ? m_doc->sharedDataset() : nullptr);
    QStringList names = m_doc->examples().classNames;
    if (names.isEmpty() && m_doc->dataset())
        for (const auto& n : m_doc->dataset()->classNames)
            names << QString::fromStdString(n);
    for (ExampleTileGrid* g : {m_hardGrid, m_easyGrid})
        g->delegate()->setClassNames(names);
    if (!m_doc->hasProject()) {
        m_run.reset();
        m_cls = -1;
        m_interventions->setRun(nullptr);
        m_frame.showEmpty(tr("Open a project (File ▸ Open), then run %1 from the Analysis menu "
                             "(%2) to find, per class, the direction along which the model "
                             "fails.")
                              .arg(methodTitle(), shortcutText()));
        return;
    }
    if (!result) {
        showNoRun(tr("Run %1 from the Analysis menu (%2) to find, per class, the direction in "
                     "an embedding along which the model fails, its hardest examples and the "
                     "concepts that caption it.")
                      .arg(methodTitle(), shortcutText()));
        return;
    }
    try {
        m_run = makeDirectionsRun(result, names);
    } catch (const std::exception& e) {
        showNoRun(tr("The %1 run cannot be shown: %2. Run it again from the Analysis menu (%3).")
                      .arg(methodTitle(), QString::fromUtf8(e.what()), shortcutText()));
        return;
    }
    {
        const QSignalBlocker a(m_classCombo), b(m_splitCombo);
        m_classCombo->clear();
        for (const auto& c : m_run->classes)
            m_classCombo->addItem(c.fitted ? c.name : tr("%1 (skipped)").arg(c.name), c.cls);
        m_splitCombo->clear();
        if (m_run->hasRanked)
            m_splitCombo->addItem(splitLabel(m_run->ranked), true);
        m_splitCombo->addItem(splitLabel(m_run->fitted), false);
        m_splitCombo->setEnabled(m_splitCombo->count() > 1);
    }
    const QLocale loc;
    const QString embedding =
        m_run->embedding == QLatin1String("robust") ? tr("the robust extractor's features")
        : m_run->embedding == QLatin1String("model")
            ? tr("the model's own features")
            : tr("the encoder %1").arg(QString::fromStdString(m_run->setting("embedding_file")));
    m_status->setText(tr("Run #%1: SVMs fitted on the %2 split, in %3 (%4 dimensions).")
                          .arg(m_run->result->runId)
                          .arg(m_run->fitted.name, embedding,
                               QString::fromStdString(m_run->setting("embedding_dim"))));
    fillChart();
    m_interventions->setRun(m_run);
    m_frame.showPage(m_page);
    m_cls = -1;
    setClass(m_run->firstClass());
}

QString DirectionsView::splitLabel(const DirectionsSplit& s) const {
    const QString n = QLocale().toString(qint64(s.ids.size()));
    return s.outOfFold ? tr("%1 split, out-of-fold h (%2 examples)").arg(s.name, n)
                       : tr("%1 split, refit h (%2 examples)").arg(s.name, n);
}

void DirectionsView::fillChart() {
    QVector<DirectionsStrengthChart::Bar> bars;
    const QString lowest = QString::fromStdString(m_run->setting("c-min-exponent"));
    const QString highest = QString::fromStdString(m_run->setting("c-max-exponent"));
    for (const auto& c : m_run->classes) {
        DirectionsStrengthChart::Bar b;
        b.label = c.name;
        b.fitted = c.fitted;
        b.strength = c.strength;
        b.cAtEdge = c.cAtEdge;
        if (!c.fitted) {
            b.valueText = tr("skipped");
            b.toolTip = tr("%1 has no direction: %2").arg(c.name, c.skipped);
        } else {
            b.valueText = number(c.strength);
            b.toolTip = tr("%1: CV balanced accuracy %2 (0.5 = chance), C = %3.\n%4 of its %5 "
                           "examples of the %6 split are wrong.\nClick to pick it and select "
                           "its predicted errors.")
                            .arg(c.name, number(c.strength), QLocale().toString(c.c, 'g', 3),
                                 QLocale().toString(c.errors), QLocale().toString(c.size),
                                 m_run->fitted.name);
            if (c.cAtEdge) {
                b.valueText += tr(" · C at edge");
                b.toolTip +=
                    QStringLiteral("\n") +
                    (c.cAtLowEdge ? tr("The best C is the grid's lowest: widen the grid downwards "
                                       "(parameter c-min-exponent, now %1) and run again.")
                                        .arg(lowest)
                                  : tr("The best C is the grid's highest: widen the grid upwards "
                                       "(parameter c-max-exponent, now %1) and run again.")
                                        .arg(highest));
            }
        }
        bars << b;
    }
    m_chart->setBars(bars);
}

// --- the picked class ----------------------------------------------------------------------

void DirectionsView::setClass(int cls) {
    if (!m_run || cls < 0 || cls >= int(m_run->classes.size()))
        return;
    m_cls = cls;
    {
        const QSignalBlocker b(m_classCombo);
        m_classCombo->setCurrentIndex(m_classCombo->findData(cls));
    }
    m_chart->setCurrent(cls);
    showClass();
}

void DirectionsView::clickClass(int cls) {
    setClass(cls);
    const DirectionsSplit* s = shownSplit();
    if (!s || cls != m_cls || !m_run->classes[std::size_t(cls)].fitted)
        return;
    QVector<qint64> ids;
    for (auto r : rankedRows(*s, cls))
        if (s->h[std::size_t(r)] < 0)
            ids << s->ids[std::size_t(r)];
    select(ids, tr("Directions: %1, predicted errors h < 0 (%2 split)")
                    .arg(m_run->classes[std::size_t(cls)].name, s->name));
}

bool DirectionsView::showsRankedSplit() const {
    return m_splitCombo->currentData().toBool();
}

void DirectionsView::setRankedSplit(bool ranked) {
    const int i = m_splitCombo->findData(ranked);
    if (i >= 0)
        m_splitCombo->setCurrentIndex(i);
    if (m_run)
        showClass();
}

const DirectionsSplit* DirectionsView::shownSplit() const {
    return m_run ? &m_run->split(showsRankedSplit()) : nullptr;
}

void DirectionsView::showClass() {
    const auto& c = m_run->classes[std::size_t(m_cls)];
    const DirectionsSplit& s = *shownSplit();
    const auto rows = rankedRows(s, m_cls);
    const QLocale loc;
    std::int64_t wrong = 0, negative = 0, wrongNegative = 0;
    for (auto r : rows) {
        const bool err = s.isError(r), neg = s.h[std::size_t(r)] < 0;
        wrong += err;
        negative += neg;
        wrongNegative += err && neg;
    }
    if (!c.fitted) {
        m_header->setText(tr("<b>%1</b> has no failure direction: %2.")
                              .arg(c.name.toHtmlEscaped(), c.skipped.toHtmlEscaped()));
    } else {
        m_header->setText(
            tr("<b>%1</b>: strength %2 (CV balanced accuracy on the %3 split; 0.5 = chance), "
               "C = %4.<br>On the %5 split: %6 examples, %7 wrong; %8 predicted errors (h &lt; 0), "
               "%9 of them wrong.")
                .arg(c.name.toHtmlEscaped(), number(c.strength), m_run->fitted.name,
                     loc.toString(c.c, 'g', 3), s.name, loc.toString(qint64(rows.size())),
                     loc.toString(wrong), loc.toString(negative), loc.toString(wrongNegative)));
    }
    m_histogram->setHistogram(
        decisionHistogram(s, m_cls),
        tr("Decision values of %1 on the %2 split (%3)")
            .arg(c.name, s.name, s.outOfFold ? tr("out-of-fold") : tr("refit")));
    fillGrids(rows);
    fillCaptions();
}

void DirectionsView::fillGrids(const std::vector<std::int64_t>& rows) {
    const DirectionsSplit& s = *shownSplit();
    const auto& table = m_doc->examples();
    const auto tile = [&](std::int64_t r) {
        ExampleTileModel::Tile t;
        const auto i = std::size_t(r);
        t.exampleId = s.ids[i];
        t.datasetIndex = m_doc->datasetPosition(t.exampleId);
        t.label = s.labels[i];
        t.prediction = s.predictions[i];
        if (const int row = table.row(t.exampleId); row >= 0)
            t.confidence = table.confidence[row];
        t.secondLine = hText(s.h[i]);
        t.toolTip = tr("Example %1 · h = %2 · click to select it")
                        .arg(t.exampleId)
                        .arg(QLocale().toString(s.h[i], 'f', 4));
        return t;
    };
    QVector<ExampleTileModel::Tile> hard, easy;
    const std::size_t n = std::min<std::size_t>(kEnd, rows.size());
    for (std::size_t k = 0; k < n; ++k) {
        hard << tile(rows[k]);
        easy << tile(rows[rows.size() - 1 - k]);
    }
    m_hardModel->setTiles(hard);
    m_easyModel->setTiles(easy);
    const QString name = m_run->classes[std::size_t(m_cls)].name;
    const QString split = s.name;
    if (rows.empty()) {
        m_hardCaption->setText(
            tr("No %1 example of the %2 split has a decision value.").arg(name, split));
        m_easyCaption->clear();
        return;
    }
    m_hardCaption->setText(
        tr("Hardest %1 of %2 (%3 split): most negative h first").arg(n).arg(name, split));
    m_easyCaption->setText(
        tr("Easiest %1 of %2 (%3 split): most positive h first").arg(n).arg(name, split));
}

void DirectionsView::fillCaptions() {
    fillCaptionTable(true);
    fillCaptionTable(false);
}

void DirectionsView::fillCaptionTable(bool hard) {
    const auto& c = m_run->classes[std::size_t(m_cls)];
    const auto& list = hard ? c.hard : c.easy;
    QTableWidget* t = captionTable(hard);
    t->clearContents();
    t->setRowCount(int(list.size()));
    const QLocale loc;
    for (int row = 0; row < int(list.size()); ++row) {
        const auto& cap = list[row];
        const QString tip =
            cap.text ? tr("“%1”: a text caption, its embedding's offset from the class's "
                          "reference caption scored against the direction. It names no examples.")
                           .arg(cap.caption)
            : cap.ids.isEmpty()
                ? tr("This run does not list the group's examples: run %1 again to select them.")
                      .arg(methodTitle())
                : tr("Click to select the %1 examples of %2 in the %3 split showing “%4”.")
                      .arg(loc.toString(cap.ids.size()), c.name, m_run->fitted.name, cap.caption);
        const auto set = [&](int col, const QString& text, Qt::Alignment align) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            item->setToolTip(tip);
            t->setItem(row, col, item);
        };
        set(CaptionTextColumn, cap.text ? tr("“%1”").arg(cap.caption) : cap.caption, Qt::AlignLeft);
        set(ScoreColumn, loc.toString(cap.score, 'f', 3), Qt::AlignRight);
        set(ExamplesColumn, cap.text ? tr("text") : loc.toString(cap.size), Qt::AlignRight);
    }
    if (list.isEmpty()) {
        t->setRowCount(1);
        auto* item = new QTableWidgetItem(c.fitted ? tr("No concept on this side.")
                                                   : tr("No direction, no captions."));
        item->setFlags(Qt::ItemIsEnabled);
        t->setItem(0, CaptionTextColumn, item);
    }
    int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(h);
}

// --- selections ----------------------------------------------------------------------------

void DirectionsView::select(const QVector<qint64>& ids, const QString& origin) {
    Selection sel;
    sel.ids = ids;
    sel.origin = origin;
    m_lastOrigin = origin;
    m_doc->setSelection(sel);
}

void DirectionsView::clickExample(qint64 exampleId) {
    const DirectionsSplit* s = shownSplit();
    if (!s)
        return;
    QString h;
    for (std::size_t r = 0; r < s->ids.size(); ++r)
        if (s->ids[r] == exampleId)
            h = hText(s->h[r]);
    select({exampleId}, tr("Directions: %1 example %2, %3")
                            .arg(m_run->classes[std::size_t(m_cls)].name)
                            .arg(exampleId)
                            .arg(h));
    m_doc->setCurrentExample(exampleId);
}

void DirectionsView::clickCaption(bool hard, int row) {
    if (!m_run)
        return;
    const auto& c = m_run->classes[std::size_t(m_cls)];
    const auto& list = hard ? c.hard : c.easy;
    if (row < 0 || row >= list.size() || list[row].ids.isEmpty())
        return;
    QTableWidget* t = captionTable(hard);
    {
        const QSignalBlocker a(t);
        t->selectRow(row);
    }
    captionTable(!hard)->clearSelection();
    select(list[row].ids,
           tr("Directions: %1 “%2” (%3 side, %4 split)")
               .arg(c.name, list[row].caption, hard ? tr("hard") : tr("easy"), m_run->fitted.name));
}

void DirectionsView::clickBin(int bin) {
    const auto& hist = m_histogram->histogram();
    if (!m_run || bin < 0 || bin >= hist.bins())
        return;
    const DirectionsSplit& s = *shownSplit();
    QVector<qint64> ids;
    for (auto r : hist.rows[std::size_t(bin)])
        ids << s.ids[std::size_t(r)];
    m_histogram->setSelectedBin(bin);
    const QLocale loc;
    select(ids,
           tr("Directions: %1, h in [%2, %3%4 (%5 split)")
               .arg(m_run->classes[std::size_t(m_cls)].name,
                    loc.toString(hist.edges[std::size_t(bin)], 'f', 2),
                    loc.toString(hist.edges[std::size_t(bin) + 1], 'f', 2),
                    bin == hist.bins() - 1 ? QStringLiteral("]") : QStringLiteral(")"), s.name));
}

} // namespace fl::ui
