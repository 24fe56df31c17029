// What every analysis method returns, built from shared parts: ranked slices (members with
// scores, a rule or caption, statistics), tables, image sets, charts as data, arrays kept as
// artifacts and new model versions. One codec (result_codec.h) stores and loads it.
#pragma once
#include "core/metrics/slice_stats.h"
#include "core/store/artifact_store.h"
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace fl::methods {

struct RankedSlice {
    std::string name; // short, shown in lists ("slice 3 [1.0]"); the codec prefixes method + run
    std::string rule; // what describes it: a cluster path, a tree rule, a caption
    std::vector<std::int64_t> memberIds; // example ids, most representative first
    std::vector<double> scores;          // per member (similarity, loss, probability)
    metrics::SliceStats stats;           // of the members on the sliced split
    // The method's own fields (InfEmbed: centre, coherence, opponents), kept beside the shared
    // ones in the slice's metadata.
    nlohmann::json extra = nlohmann::json::object();
    // Examples of the held-out split that the slice's rule assigns to it, ranked the same way
    // (the benchmark's test confirmation); not stored.
    std::vector<std::int64_t> heldOutIds;
    std::int64_t storedId = 0; // SliceRepo id once stored
};

// A table as data: a per-class summary, a list of rules, a feature ranking.
struct ResultTable {
    std::string name;  // key ("per_class")
    std::string title; // shown ("Failure rate per class")
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// Images to show as a grid: dataset examples by id, or generated images kept in an array
// artifact of the run (shape N×C×H×W, uint8 or float32 in [0,1]).
struct ImageSet {
    std::string name;
    std::string title;
    std::vector<std::int64_t> exampleIds; // dataset examples (may be empty)
    std::string arrayRole;                // generated images: the role in `arrays` ("" = none)
    std::vector<std::string> captions;    // one per image, or empty
};

// A chart as data; the GUI and the report draw it.
struct ChartSeries {
    std::string name;
    std::vector<double> values;
};
struct Chart {
    std::string name;
    std::string title;
    std::string kind = "bar"; // "bar" or "line"
    std::string xLabel, yLabel;
    std::vector<std::string> categories; // x positions
    std::vector<ChartSeries> series;
};

// A model a method produced (Defuse's correction, a retrained head, an intervention).
struct ModelVersion {
    std::string name;
    std::string path; // the saved model file
    std::map<std::string, std::string> metadata;
};

struct MethodResult {
    std::string method; // registry id ("infembed")
    std::string kind;   // stored run kind: the id or a variant of it ("infembed-rule")
    std::string title;  // shown for the kind, and before its slices' names ("InfEmbed-Rule")
    std::string split;  // the sliced split ("val", "test", "train")
    std::map<std::string, std::string> settings; // everything needed to reproduce the run
    std::uint64_t seed = 0;
    double accuracy = 0.0; // of the model on the sliced split
    double seconds = 0.0;  // wall time of the run
    std::map<std::string, double> stageSeconds;
    // The examples of the sliced split with their true labels and the model's predictions
    // (stored as the arrays eval_ids, eval_labels, eval_predictions).
    std::vector<std::int64_t> exampleIds;
    std::vector<int> labels, predictions;
    std::vector<RankedSlice> slices; // worst first, in the method's failure order
    std::vector<ResultTable> tables;
    std::vector<ImageSet> imageSets;
    std::vector<Chart> charts;
    std::vector<ModelVersion> models;
    std::map<std::string, store::ArtifactArray> arrays; // stored as run artifacts under the role
    // The method's own top-level findings for scripts (Barlow's per-class trees and Table 1),
    // merged into resultJson's top level; stored as a run part.
    nlohmann::json summary = nlohmann::json::object();
    std::int64_t runId = 0; // RunRepo id once stored
    // Cancel was asked and the method kept what it had found (Defuse's identification): the
    // result is stored anyway, its settings say where it stopped. Not itself stored.
    bool stoppedEarly = false;
};

} // namespace fl::methods
