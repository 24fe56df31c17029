// The report's InfEmbed part, as report data: the run's settings, its slices as a table, and for
// the lowest-accuracy slices the paper's Figure 2 (histograms, nearest-centre examples, the
// strongest opponents and proponents with their influence scores).
#pragma once
#include "core/report/report_model.h"
#include "core/influence/infembed_run.h"
#include <QCoreApplication>
#include <string>
#include <vector>

namespace fl::ui {

class InfEmbedReportSection {
    Q_DECLARE_TR_FUNCTIONS(InfEmbedReportSection)
public:
    struct Options {
        int tableRows = 25;     // slices listed in the table (lowest accuracy first)
        int figures = 3;        // slices drawn as Figure 2
        int nearest = 8;        // nearest-centre examples per figure
        int influential = 8;    // opponents and proponents per figure
        int histogramBars = 10; // classes per histogram (the most frequent)
    };

    // The sections ("infembed", then "infembed-slice-1"…) for `run`; class names label the
    // histograms and captions.
    static std::vector<report::Section> build(const influence::InfEmbedOutcome& run,
                                              const std::vector<std::string>& classNames,
                                              const Options& options);
    static std::vector<report::Section> build(const influence::InfEmbedOutcome& run,
                                              const std::vector<std::string>& classNames) {
        return build(run, classNames, Options{});
    }
    // Puts the sections before the provenance (or at the end when there is none).
    static void insertInto(report::Report& report, std::vector<report::Section> sections);
};

} // namespace fl::ui
