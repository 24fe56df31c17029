// The registry of analysis methods: the Analysis menu, the CLI, the slice benchmark and the
// report find methods here, so adding one is its files plus one registration line.
#pragma once
#include "core/methods/analysis_method.h"
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace fl::methods {

class MethodRegistry {
public:
    // The application's registry, with the built-in methods registered on first use.
    static MethodRegistry& instance();

    // BadInput when the id is taken.
    void add(std::unique_ptr<AnalysisMethod> method);
    // In registration order.
    std::vector<const AnalysisMethod*> all() const;
    const AnalysisMethod* find(const std::string& id) const; // null when unknown
    // BadInput naming the id and listing the known ones.
    const AnalysisMethod& get(const std::string& id) const;
    // The method that stores runs of `kind` (its id or one of otherRunKinds); null when none.
    const AnalysisMethod* forRunKind(const std::string& kind) const;

    // The slice benchmark's entries: each slicing method's variants, or the method itself.
    struct BenchmarkEntry {
        std::string name; // "infembed-block"
        const AnalysisMethod* method = nullptr;
        std::map<std::string, std::string> parameters;
    };
    std::vector<BenchmarkEntry> benchmarkEntries() const;

    // {"methods": [{"id", "title", "paper", "summary", "shortcut", "run_kinds",
    // "benchmark_variants", "parameters": [...]}]}
    nlohmann::json toJson() const;

private:
    std::vector<std::unique_ptr<AnalysisMethod>> m_methods;
};

// Registers the built-in methods (builtin_methods.cpp: one line each).
void registerBuiltinMethods(MethodRegistry& registry);

} // namespace fl::methods
