// Slice-benchmark results as JSON (the shape `faultline-cli slicebench --json` prints) and as a
// CSV table (one row per run × method), shared by the CLI and the GUI so both write the same.
#pragma once
#include "core/workflows/slice_benchmark.h"
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace fl::workflows {

// The CLI's --json object: task, task_params, dataset, seed, sizes, model_accuracy, model,
// train_seconds, error_inside/outside, k, top_slices and methods keyed by name, each with
// precision_at_K, precision_at_K_all, test_precision_at_K, recall, f1, seconds, slices,
// best_slice, best_slice_size, best_slice_accuracy (K = r.k).
nlohmann::json sliceBenchmarkToJson(const SliceBenchmarkResult& r);

// Reads that object back (a saved CLI or GUI run). JSON objects lose the method order, so the
// methods come back in sliceBenchmarkMethods() order, unknown names last. Throws BadInput naming
// the first missing or mistyped field.
SliceBenchmarkResult sliceBenchmarkFromJson(const nlohmann::json& j);

// RFC 4180 text, header first, one row per run × method with full-precision numbers; the run's
// columns repeat on each of its rows so a spreadsheet can filter and pivot on any of them.
std::string sliceBenchmarkCsv(const std::vector<SliceBenchmarkResult>& runs);

// "class=3 fraction=0.95 …" in key order: the task parameters on one line.
std::string formatTaskParams(const std::map<std::string, std::string>& params);

// Whether the planted failure shows in the model at all: the validation error inside the ground
// truth is at least twice the error outside it and at least 10 points above it. When it does not,
// every method's precision says little about finding failures.
bool plantBites(const SliceBenchmarkResult& r);

} // namespace fl::workflows
