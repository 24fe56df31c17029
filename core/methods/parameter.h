// A method's parameters as data (QGIS Processing's idea): name, type, default, range, help and
// the paper's and the reference code's values. The CLI flags, the GUI's run form, validation and
// the settings recorded with each result are all generated from this one list.
#pragma once
#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace fl::methods {

enum class ParamType { Int, Double, Bool, Choice, Text };
const char* paramTypeName(ParamType t); // "int", "double", "bool", "choice", "text"

struct ParameterSpec {
    std::string name;  // kebab-case: the CLI flag (--name) and the key of the recorded settings
    std::string title; // short label of the run form ("Slices K")
    ParamType type = ParamType::Int;
    std::string defaultValue;         // as text ("20", "0.4", "true", "last")
    std::optional<double> min, max;   // Int and Double: inclusive range
    std::vector<std::string> choices; // Choice: the allowed values
    std::string help;                 // one sentence, shown as CLI help and tooltip
    std::string paperValue;           // the paper's value ("" when it says none)
    std::string referenceValue;       // the reference code's value ("" when none)
    std::string quickValue;           // the quick preset's value ("" = the default)
    std::string group;                // the run form's section ("Influence", "Slices")
    // Only meaningful when the Bool parameter `onlyWith` is true (or, with `onlyWithout`, false):
    // the CLI refuses the flag otherwise and the form disables the field.
    std::string onlyWith;
    std::string onlyWithout;
    bool advanced = false; // folded away in the form
};

// The member order of clustering methods (InfEmbed, embedding K-means), one rule for all:
// "member-ranking", cosine (default) or inner-product; advanced.
ParameterSpec memberRankingParam();

// Builders that keep declarations one line each.
ParameterSpec intParam(std::string name, std::string title, int def, std::optional<double> min,
                       std::optional<double> max, std::string help);
ParameterSpec doubleParam(std::string name, std::string title, double def,
                          std::optional<double> min, std::optional<double> max, std::string help);
ParameterSpec boolParam(std::string name, std::string title, bool def, std::string help);
ParameterSpec choiceParam(std::string name, std::string title, std::string def,
                          std::vector<std::string> choices, std::string help);
ParameterSpec textParam(std::string name, std::string title, std::string def, std::string help);

// Appends `spec` to `list` in the run form's `group`, with the paper's and the reference code's
// values: one line per parameter in a method's list.
ParameterSpec& addParameter(std::vector<ParameterSpec>& list, ParameterSpec spec, std::string group,
                            std::string paper = {}, std::string reference = {},
                            bool advanced = false);

// Resolved values, every declared parameter present, as validated text with typed getters.
class ParameterValues {
public:
    ParameterValues() = default;
    explicit ParameterValues(std::map<std::string, std::string> values)
        : m_values(std::move(values)) {}
    bool has(const std::string& name) const;
    const std::string& text(const std::string& name) const; // BadInput when undeclared
    int toInt(const std::string& name) const;
    double toDouble(const std::string& name) const;
    bool toBool(const std::string& name) const;
    std::uint64_t toSeed(const std::string& name) const;
    const std::map<std::string, std::string>& all() const { return m_values; }
    void set(const std::string& name, const std::string& value) { m_values[name] = value; }

private:
    std::map<std::string, std::string> m_values;
};

enum class Preset { Default, Quick, Paper };
const char* presetName(Preset p); // "default", "quick", "paper"

// Defaults (or a preset's values) overlaid with `given`. BadInput naming `method` and the
// parameter when a name is not declared, a value has the wrong type, lies outside its range or
// choices, or is given while its onlyWith/onlyWithout condition does not hold.
ParameterValues resolveParameters(const std::string& method,
                                  const std::vector<ParameterSpec>& specs,
                                  const std::map<std::string, std::string>& given,
                                  Preset preset = Preset::Default);

// Overlays only the names `specs` declares (the slice benchmark's shared knobs, e.g. k, p, d,
// ranking, seed, apply to every method that has them) and validates the result.
ParameterValues applyOverrides(const std::string& method, const std::vector<ParameterSpec>& specs,
                               const ParameterValues& base,
                               const std::map<std::string, std::string>& overrides);

// {"name", "title", "type", "default", "help", "min", "max", "choices", "paper", "reference",
// "quick", "group", "only_with", "only_without", "advanced"}.
nlohmann::json parameterJson(const ParameterSpec& spec);

} // namespace fl::methods
