// Methods in the report: each registered method's newest run becomes report sections (the
// method's own, or the generic ones built from its result's parts), placed before provenance.
#pragma once
#include "core/methods/method_result.h"
#include "core/report/report_model.h"
#include <string>
#include <vector>

namespace fl::store {
class Project;
}

namespace fl::methods {

class AnalysisMethod;

// The sections any result gets: what ran with which settings, the slices worst first, and for
// the worst few their label/prediction histograms and first members; then its tables, charts
// and image sets.
std::vector<report::Section> genericReportSections(const AnalysisMethod& method,
                                                   const MethodResult& result,
                                                   const std::vector<std::string>& classNames);

// An image set as a report grid: dataset examples by id, or, when it names an array of the
// result (N×C×H×W, uint8 or float32 in [0,1], C = 1 or 3), those pixels.
report::ImageGrid imageSetGrid(const MethodResult& result, const ImageSet& set, int columns = 8);

// Adds the sections of every registered method's newest finished run to `report` (before its
// provenance section), and drops the per-slice pages of the slices those sections cover unless
// annotated. A run that cannot be read leaves its sections out; the returned lines say which and
// why, for the front end to show.
// With dropCoveredPages false (a report of chosen slices) every slice page stays.
std::vector<std::string> addMethodSections(report::Report& report, store::Project& project,
                                           bool dropCoveredPages = true);

// Puts sections before the provenance (or at the end when there is none).
void insertBeforeProvenance(report::Report& report, std::vector<report::Section> sections);

} // namespace fl::methods
