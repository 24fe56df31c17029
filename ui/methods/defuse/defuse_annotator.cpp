#include "ui/methods/defuse/defuse_annotator.h"
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include "core/store/annotation_repo.h"
#include "core/store/project.h"
#include "ui/document/analysis_document.h"
#include <QUndoStack>

namespace fl::ui {

DefuseAnnotator::DefuseAnnotator(AnalysisDocument* doc, QObject* parent)
    : QObject(parent), m_doc(doc) {
    connect(doc, &AnalysisDocument::generatedAnnotationsChanged, this, [this] { reload(); });
}

void DefuseAnnotator::setRun(std::shared_ptr<const DefuseRun> run) {
    m_run = std::move(run);
    m_region = 0;
    m_sample = 0;
    reload();
    goToNextUnlabelled();
    Q_EMIT changed();
}

int DefuseAnnotator::regionCount() const {
    return m_run ? int(m_run->regions.size()) : 0;
}

int DefuseAnnotator::sampleCount() const {
    int n = 0;
    if (m_run)
        for (const auto& g : m_run->regions)
            n += int(g.samples.size());
    return n;
}

void DefuseAnnotator::setCurrent(int region, int sample) {
    if (region < 0 || region >= regionCount())
        return;
    const int n = int(m_run->regions[std::size_t(region)].samples.size());
    m_region = region;
    m_sample = std::clamp(sample, 0, std::max(0, n - 1));
    Q_EMIT changed();
}

void DefuseAnnotator::advance() {
    if (!m_run || m_run->regions.empty())
        return;
    const int n = int(m_run->regions[std::size_t(m_region)].samples.size());
    if (m_sample + 1 < n) {
        ++m_sample;
    } else if (m_region + 1 < regionCount()) {
        ++m_region;
        m_sample = 0;
    }
}

bool DefuseAnnotator::labelCurrent(int classIndex) {
    if (!m_run || m_run->regions.empty() || !m_run->result)
        return false;
    const auto& g = m_run->regions[std::size_t(m_region)];
    if (m_sample >= int(g.sampleSeeds.size()))
        return false;
    const QString what = classIndex < 0 ? tr("none of the above") : m_run->className(classIndex);
    if (!m_doc->labelGeneratedSample(
            m_run->result->runId, m_region, m_sample, g.sampleSeeds[std::size_t(m_sample)],
            classIndex,
            tr("Label region %1 sample %2 as %3").arg(m_region + 1).arg(m_sample + 1).arg(what)))
        return false;
    advance();
    Q_EMIT changed();
    return true;
}

bool DefuseAnnotator::labelRegion(int classIndex) {
    if (!m_run || m_run->regions.empty() || !m_run->result)
        return false;
    const auto& g = m_run->regions[std::size_t(m_region)];
    const QString what = classIndex < 0 ? tr("none of the above") : m_run->className(classIndex);
    auto* undo = m_doc->undoStack();
    undo->beginMacro(tr("Label region %1: all are %2").arg(m_region + 1).arg(what));
    bool ok = true;
    for (std::size_t s = 0; s < g.sampleSeeds.size() && ok; ++s)
        ok = m_doc->labelGeneratedSample(m_run->result->runId, m_region, int(s), g.sampleSeeds[s],
                                         classIndex, what);
    undo->endMacro();
    if (ok && m_region + 1 < regionCount()) {
        ++m_region;
        m_sample = 0;
    }
    Q_EMIT changed();
    return ok;
}

void DefuseAnnotator::skip() {
    advance();
    Q_EMIT changed();
}

void DefuseAnnotator::previousSample() {
    if (m_sample > 0) {
        --m_sample;
    } else if (m_region > 0) {
        --m_region;
        m_sample = std::max(0, int(m_run->regions[std::size_t(m_region)].samples.size()) - 1);
    }
    Q_EMIT changed();
}

void DefuseAnnotator::nextRegion() {
    if (m_region + 1 < regionCount())
        setCurrent(m_region + 1, 0);
}

void DefuseAnnotator::previousRegion() {
    if (m_region > 0)
        setCurrent(m_region - 1, 0);
}

bool DefuseAnnotator::goToNextUnlabelled() {
    const int regions = regionCount();
    if (regions == 0)
        return false;
    // From the current sample through every region once, wrapping to the start.
    for (int step = 0; step <= regions; ++step) {
        const int r = (m_region + step) % regions;
        const int n = int(m_run->regions[std::size_t(r)].samples.size());
        for (int s = step == 0 ? m_sample : 0; s < n; ++s)
            if (!ownVote(r, s)) {
                m_region = r;
                m_sample = s;
                Q_EMIT changed();
                return true;
            }
    }
    return false;
}

std::optional<int> DefuseAnnotator::ownVote(int region, int sample) const {
    const auto it = m_votes.find({region, sample});
    if (it == m_votes.end())
        return std::nullopt;
    const auto v = it->second.find(m_doc->author().toStdString());
    if (v == it->second.end())
        return std::nullopt;
    return v->second;
}

std::vector<metrics::Vote> DefuseAnnotator::votes(int region, int sample) const {
    std::vector<metrics::Vote> out;
    const auto it = m_votes.find({region, sample});
    if (it != m_votes.end())
        for (const auto& [author, v] : it->second)
            out.push_back({author, v});
    return out;
}

int DefuseAnnotator::votedByAuthor(int region) const {
    if (!m_run || region < 0 || region >= regionCount())
        return 0;
    int n = 0;
    for (std::size_t s = 0; s < m_run->regions[std::size_t(region)].samples.size(); ++s)
        n += ownVote(region, int(s)).has_value();
    return n;
}

int DefuseAnnotator::votedByAuthorTotal() const {
    int n = 0;
    for (int r = 0; r < regionCount(); ++r)
        n += votedByAuthor(r);
    return n;
}

void DefuseAnnotator::setRho(double rho) {
    m_rho = std::clamp(rho, 0.0, 1.0);
    aggregate();
    Q_EMIT changed();
}

void DefuseAnnotator::reload() {
    m_votes.clear();
    if (m_run && m_run->result && m_doc->project() && m_doc->dataset()) {
        try {
            const auto labels =
                store::AnnotationRepo(*m_doc->project()).generatedLabels(m_run->result->runId);
            for (const auto& l : labels) {
                int v = metrics::kNoneOfTheAbove;
                try {
                    v = store::labelClassIndex(l.label.value, m_doc->dataset()->classNames);
                } catch (const std::exception&) {
                    continue; // a class this dataset does not have: not a vote here
                }
                m_votes[{l.sample.region, l.sample.sampleIndex}][l.label.author] = v;
            }
        } catch (const std::exception& e) {
            m_doc->reportError(
                tr("Could not read the Defuse labels: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    aggregate();
    Q_EMIT changed();
}

void DefuseAnnotator::aggregate() {
    std::vector<metrics::RegionVotes> regions;
    if (m_run)
        for (const auto& g : m_run->regions) {
            metrics::RegionVotes rv;
            rv.region = g.index;
            for (std::size_t s = 0; s < g.samples.size(); ++s)
                rv.samples.push_back({int(s),
                                      s < g.samplePredictions.size() ? g.samplePredictions[s] : 0,
                                      votes(g.index, int(s))});
            regions.push_back(std::move(rv));
        }
    m_summary = metrics::aggregateRegionVotes(regions, m_rho);
}

} // namespace fl::ui
