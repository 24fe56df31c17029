#include "core/methods/method_registry.h"
#include "core/common/error.h"
#include <nlohmann/json.hpp>

namespace fl::methods {

MethodRegistry& MethodRegistry::instance() {
    static MethodRegistry* registry = [] {
        auto* r = new MethodRegistry; // never destroyed: methods may be used during exit
        registerBuiltinMethods(*r);
        return r;
    }();
    return *registry;
}

void MethodRegistry::add(std::unique_ptr<AnalysisMethod> method) {
    const auto id = method->info().id;
    if (id.empty() || find(id))
        throwBadInput("method id '" + id + "' is empty or registered twice");
    m_methods.push_back(std::move(method));
}

std::vector<const AnalysisMethod*> MethodRegistry::all() const {
    std::vector<const AnalysisMethod*> out;
    for (const auto& m : m_methods)
        out.push_back(m.get());
    return out;
}

const AnalysisMethod* MethodRegistry::find(const std::string& id) const {
    for (const auto& m : m_methods)
        if (m->info().id == id)
            return m.get();
    return nullptr;
}

const AnalysisMethod& MethodRegistry::get(const std::string& id) const {
    if (const auto* m = find(id))
        return *m;
    std::string known;
    for (const auto& m : m_methods)
        known += (known.empty() ? "" : ", ") + m->info().id;
    throwBadInput("unknown method '" + id + "' (known: " + known + ")");
}

const AnalysisMethod* MethodRegistry::forRunKind(const std::string& kind) const {
    for (const auto& m : m_methods) {
        const auto info = m->info();
        if (info.id == kind)
            return m.get();
        for (const auto& k : info.otherRunKinds)
            if (k == kind)
                return m.get();
    }
    return nullptr;
}

std::vector<MethodRegistry::BenchmarkEntry> MethodRegistry::benchmarkEntries() const {
    std::vector<BenchmarkEntry> out;
    for (const auto& m : m_methods) {
        const auto info = m->info();
        if (!info.yieldsSlices)
            continue;
        if (info.benchmarkVariants.empty())
            out.push_back({info.id, m.get(), {}});
        for (const auto& v : info.benchmarkVariants)
            out.push_back({v.name, m.get(), v.parameters});
    }
    return out;
}

nlohmann::json MethodRegistry::toJson() const {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : m_methods) {
        const auto info = m->info();
        nlohmann::json params = nlohmann::json::array();
        for (const auto& p : m->parameters())
            params.push_back(parameterJson(p));
        nlohmann::json kinds = nlohmann::json::array({info.id});
        for (const auto& k : info.otherRunKinds)
            kinds.push_back(k);
        nlohmann::json variants = nlohmann::json::array();
        for (const auto& v : info.benchmarkVariants)
            variants.push_back(
                {{"name", v.name}, {"title", v.title}, {"parameters", v.parameters}});
        list.push_back({{"id", info.id},
                        {"title", info.title},
                        {"paper", info.paper},
                        {"summary", info.summary},
                        {"shortcut", info.shortcut},
                        {"yields_slices", info.yieldsSlices},
                        {"run_kinds", kinds},
                        {"benchmark_variants", variants},
                        {"parameters", params}});
    }
    return {{"methods", list}};
}

} // namespace fl::methods
