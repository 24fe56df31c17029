// Lays the report's numbers out as sections (what the PDF and HTML writers draw): the overview,
// the table of saved slices, one section per slice, and the provenance of every run.
#pragma once
#include "core/report/report_model.h"

namespace fl::report {

// Replaces report.sections with the standard layout of report's numbers.
void addStandardSections(Report& report);

// "Slice: <name>" — the title of a slice's section, shared by the writers and the tests.
std::string sliceSectionTitle(const SliceSummary& slice);

} // namespace fl::report
