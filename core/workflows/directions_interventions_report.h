// The interventions' result as a stored run and the report show it: a summary table (accuracy,
// hard-subpopulation accuracy, Δ vs the original), per-class and per-seed tables, and a bar chart.
#pragma once
#include "core/methods/method_result.h"
#include "core/workflows/directions_interventions.h"
#include <string>
#include <vector>

namespace fl::workflows {

// "interventions" (per arm: examples added, accuracy, hard-subpopulation accuracy and, on planted
// data, planted-slice accuracy, each as mean ± SD over the seeds, and the mean of the per-seed
// differences to the original arm ± their SD; SDs with n − 1), "interventions_per_class" (mean
// test accuracy per class and arm) and "interventions_per_seed" (every seed's numbers).
std::vector<methods::ResultTable> interventionTables(const InterventionResult& result,
                                                     const std::vector<std::string>& classNames);

// A bar chart: categories = the arms, series = mean accuracy, mean hard-subpopulation accuracy
// (and mean planted-slice accuracy on planted data).
methods::Chart interventionChart(const InterventionResult& result);

// Mean and sample standard deviation (n − 1; 0 for one value) of the finite values; NaN mean
// when there are none.
struct MeanSd {
    double mean = 0.0, sd = 0.0;
    int n = 0;
};
MeanSd meanSd(const std::vector<double>& values);

} // namespace fl::workflows
