// The Defuse workbench's state without widgets: which region and sample the annotator is on,
// every author's votes on the run's samples (read from the project), labelling that commits as
// it goes and advances, and the regions' majorities and agreement (metrics::region_votes).
#pragma once
#include "core/metrics/region_votes.h"
#include "ui/methods/defuse/defuse_run.h"
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace fl::ui {
class AnalysisDocument;

class DefuseAnnotator : public QObject {
    Q_OBJECT
public:
    explicit DefuseAnnotator(AnalysisDocument* doc, QObject* parent = nullptr);

    // Shows `run` (null: none); reads its votes and puts the cursor on the first sample the
    // author has not labelled.
    void setRun(std::shared_ptr<const DefuseRun> run);
    std::shared_ptr<const DefuseRun> run() const { return m_run; }
    int regionCount() const;
    int currentRegion() const { return m_region; }
    int currentSample() const { return m_sample; }
    void setCurrent(int region, int sample);

    // Labels the current sample (class index, or -1 for "none of the above") as the document's
    // author and moves to the next sample, past the region's last to the next region's first.
    bool labelCurrent(int classIndex);
    // "All are …": labels every sample of the current region as one undo step, then moves to the
    // next region.
    bool labelRegion(int classIndex);
    // The next sample without labelling (past the last, the next region).
    void skip();
    void previousSample();
    void nextRegion();
    void previousRegion();
    // The first sample the author has not labelled, from the current place on (wrapping).
    bool goToNextUnlabelled();

    // The author's current vote on a sample, if any.
    std::optional<int> ownVote(int region, int sample) const;
    // Every author's vote on a sample.
    std::vector<metrics::Vote> votes(int region, int sample) const;
    int votedByAuthor(int region) const; // samples of the region the author has voted on
    int votedByAuthorTotal() const;
    int sampleCount() const; // of all regions

    double rho() const { return m_rho; }
    void setRho(double rho);
    const metrics::RegionVoteSummary& summary() const { return m_summary; }

    // Re-reads the votes from the project (another connection, an undo).
    void reload();

Q_SIGNALS:
    void changed(); // votes, the cursor or ρ

private:
    void advance();
    void aggregate();

    AnalysisDocument* m_doc;
    std::shared_ptr<const DefuseRun> m_run;
    int m_region = 0, m_sample = 0;
    double m_rho = metrics::kDefaultMisclassificationThreshold;
    // (region, sample) → author → vote
    std::map<std::pair<int, int>, std::map<std::string, int>> m_votes;
    metrics::RegionVoteSummary m_summary;
};

} // namespace fl::ui
