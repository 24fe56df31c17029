// The report as plain data, independent of any output format: metadata, the numbers (overview,
// slices, run provenance) and the sections a writer lays out (paragraphs, tables, figure specs).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fl::report {

struct Paragraph {
    std::string text;
};

// Two columns, key and value: metrics of a slice, the settings of a run.
struct KeyValueTable {
    std::string caption;
    std::vector<std::pair<std::string, std::string>> rows;
};

struct Table {
    std::string caption;
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows; // each row as long as headers
};

// One bar per label; values in `unit` (e.g. accuracy as a fraction in [0,1] with maxValue 1).
struct BarChart {
    std::string title;
    std::vector<std::string> labels;
    std::vector<double> values; // NaN: no data for that label (drawn as a gap)
    double maxValue = 0.0;      // axis maximum; 0 = the largest value
    bool percent = false;       // values are fractions shown as percentages
};

// A matrix of counts (the confusion matrix): rows × columns with their labels and axis titles.
struct Heatmap {
    std::string title;
    std::string rowAxis;
    std::string columnAxis;
    std::vector<std::string> rowLabels;
    std::vector<std::string> columnLabels;
    std::vector<std::vector<double>> values; // values[row][column]
    bool highlightOffDiagonal = false;       // off-diagonal cells are errors (confusion matrix)
};

// Two histograms over the same categories, drawn side by side (labels vs predictions of a slice).
struct HistogramPair {
    std::string title;
    std::vector<std::string> categories;
    std::string leftTitle;
    std::vector<double> left;
    std::string rightTitle;
    std::vector<double> right;
};

struct ImageItem {
    ImageItem() = default;
    ImageItem(std::int64_t id, int label, int prediction, std::string caption, bool error)
        : exampleId(id), label(label), prediction(prediction), caption(std::move(caption)),
          error(error) {}
    std::int64_t exampleId = 0;
    int label = -1;      // class index; -1 unknown
    int prediction = -1; // class index; -1 unknown
    std::string caption; // "Shirt → T-shirt" or similar
    bool error = false;  // prediction != label: drawn with a red corner
    // A generated image (heatmap overlay, feature attack) drawn instead of the example's pixels:
    // RGB bytes, row-major width × height × 3.
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;
};

// Example images, named by example id; the renderer fetches the pixels from the dataset.
struct ImageGrid {
    std::string title;
    std::vector<ImageItem> items;
    int columns = 8;
};

using Block =
    std::variant<Paragraph, KeyValueTable, Table, BarChart, Heatmap, HistogramPair, ImageGrid>;

struct Section {
    std::string id; // stable anchor: "overview", "slice-3", "provenance"
    std::string title;
    bool newPage = false; // paged writers start it on a fresh page
    std::vector<Block> blocks;
};

// --- the numbers, for scripts (JSON, CSV) and tests ----------------------------------------

struct SplitAccuracy {
    std::string split; // "train", "val", "test"
    std::int64_t n = 0;
    std::int64_t errors = 0;
    double accuracy = 0.0;
};

struct SliceSummary {
    std::int64_t id = 0;
    std::string name;
    std::string origin;
    std::optional<std::int64_t> runId;
    std::int64_t size = 0;      // members stored with the slice
    std::int64_t evaluated = 0; // members with a row in the evaluation run
    std::int64_t errors = 0;
    double accuracy = 0.0;
    double errorRate = 0.0;
    double errorRateLow = 0.0; // 95% Wilson interval of the error rate
    double errorRateHigh = 1.0;
    double errorCoverage = 0.0; // share of the evaluation's errors (same splits) in the slice
    std::vector<std::int64_t> labelCounts;      // per class
    std::vector<std::int64_t> predictionCounts; // per class
    std::vector<std::int64_t> exampleIds;       // up to options.examplesPerSlice, by rank
    std::vector<int> exampleLabels;             // parallel to exampleIds; -1 without a row
    std::vector<int> examplePredictions;        // parallel to exampleIds; -1 without a row
    std::vector<std::string> notes;             // the slice's annotations, "kind: value (author)"
};

struct RunProvenance {
    std::int64_t id = 0;
    std::string kind;
    std::string status;
    std::uint64_t seed = 0;
    std::string settingsJson = "{}";
    std::string softwareVersion;
    std::int64_t created = 0; // Unix ms
    std::optional<std::int64_t> started;
    std::optional<std::int64_t> ended;
    std::string datasetName;
    std::string datasetSource;
    std::string modelName;
    std::string modelPath;
    std::string error;
};

struct Report {
    std::string title;
    std::string projectPath;
    std::string datasetName;
    std::string datasetSource; // the loader spec: the renderer loads images from it
    std::string modelName;
    std::string modelPath;
    std::string softwareVersion; // of the build that made the report
    std::int64_t generated = 0;  // Unix ms
    std::int64_t evaluationRunId = 0;
    std::string overviewSplit; // the split of the per-class chart and the confusion matrix
    std::vector<std::string> classNames;

    std::vector<SplitAccuracy> splits;
    std::vector<double> perClassAccuracy;             // of overviewSplit; NaN when absent
    std::vector<std::vector<std::int64_t>> confusion; // of overviewSplit: [true][predicted]
    std::vector<SliceSummary> slices;
    std::vector<RunProvenance> runs;

    std::vector<Section> sections; // what a document writer lays out, in order

    const Section* section(const std::string& id) const;
};

} // namespace fl::report
