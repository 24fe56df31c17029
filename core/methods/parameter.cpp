#include "core/methods/parameter.h"
#include "core/common/error.h"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace fl::methods {
namespace {

std::string numberText(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

bool parseInt(const std::string& t, long long& out) {
    const auto* end = t.data() + t.size();
    const auto r = std::from_chars(t.data(), end, out);
    return r.ec == std::errc() && r.ptr == end && !t.empty();
}

// from_chars, not stod: the window runs under the user's C locale, where stod would stop at the
// "." of "0.4" in German.
bool parseDouble(const std::string& t, double& out) {
    if (t.empty())
        return false;
    const char* begin = t.data() + (t[0] == '+' ? 1 : 0);
    const auto r = std::from_chars(begin, t.data() + t.size(), out);
    return r.ec == std::errc() && r.ptr == t.data() + t.size() && std::isfinite(out);
}

bool parseBool(const std::string& t, bool& out) {
    if (t == "true" || t == "1" || t == "yes" || t == "on") {
        out = true;
        return true;
    }
    if (t == "false" || t == "0" || t == "no" || t == "off") {
        out = false;
        return true;
    }
    return false;
}

// The canonical text of a valid value ("1" → "true"); BadInput otherwise.
std::string checked(const std::string& method, const ParameterSpec& p, const std::string& v) {
    const std::string where = method + ": parameter '" + p.name + "'";
    auto range = [&](double x) {
        if ((p.min && x < *p.min) || (p.max && x > *p.max)) {
            std::string r = p.min && p.max
                                ? "between " + numberText(*p.min) + " and " + numberText(*p.max)
                            : p.min ? "at least " + numberText(*p.min)
                                    : "at most " + numberText(*p.max);
            throwBadInput(where + " must be " + r + ", got " + v);
        }
    };
    switch (p.type) {
    case ParamType::Int: {
        long long x = 0;
        if (!parseInt(v, x))
            throwBadInput(where + " expects a whole number, got '" + v + "'");
        range(double(x));
        return std::to_string(x);
    }
    case ParamType::Double: {
        double x = 0;
        if (!parseDouble(v, x))
            throwBadInput(where + " expects a number, got '" + v + "'");
        range(x);
        return v;
    }
    case ParamType::Bool: {
        bool b = false;
        if (!parseBool(v, b))
            throwBadInput(where + " expects true or false, got '" + v + "'");
        return b ? "true" : "false";
    }
    case ParamType::Choice: {
        if (std::find(p.choices.begin(), p.choices.end(), v) == p.choices.end()) {
            std::string list;
            for (const auto& c : p.choices)
                list += (list.empty() ? "" : ", ") + c;
            throwBadInput(where + " must be one of " + list + ", got '" + v + "'");
        }
        return v;
    }
    case ParamType::Text:
        return v;
    }
    return v;
}

const ParameterSpec* findSpec(const std::vector<ParameterSpec>& specs, const std::string& name) {
    for (const auto& s : specs)
        if (s.name == name)
            return &s;
    return nullptr;
}

void checkConditions(const std::string& method, const std::vector<ParameterSpec>& specs,
                     const ParameterValues& v, const std::set<std::string>& given) {
    for (const auto& p : specs) {
        if (!given.count(p.name))
            continue;
        if (!p.onlyWith.empty() && !v.toBool(p.onlyWith))
            throwBadInput(method + ": parameter '" + p.name + "' applies only with '" + p.onlyWith +
                          "'");
        if (!p.onlyWithout.empty() && v.toBool(p.onlyWithout))
            throwBadInput(method + ": parameter '" + p.name + "' does not apply with '" +
                          p.onlyWithout + "'");
    }
}

} // namespace

const char* paramTypeName(ParamType t) {
    switch (t) {
    case ParamType::Int:
        return "int";
    case ParamType::Double:
        return "double";
    case ParamType::Bool:
        return "bool";
    case ParamType::Choice:
        return "choice";
    case ParamType::Text:
        return "text";
    }
    return "text";
}

const char* presetName(Preset p) {
    switch (p) {
    case Preset::Default:
        return "default";
    case Preset::Quick:
        return "quick";
    case Preset::Paper:
        return "paper";
    }
    return "default";
}

ParameterSpec& addParameter(std::vector<ParameterSpec>& list, ParameterSpec spec, std::string group,
                            std::string paper, std::string reference, bool advanced) {
    spec.group = std::move(group);
    spec.paperValue = std::move(paper);
    spec.referenceValue = std::move(reference);
    spec.advanced = advanced;
    list.push_back(std::move(spec));
    return list.back();
}

namespace {

// The fields every builder sets; the typed builders add their range or choices.
ParameterSpec baseParam(std::string name, std::string title, ParamType type, std::string def,
                        std::string help) {
    ParameterSpec p;
    p.name = std::move(name);
    p.title = std::move(title);
    p.type = type;
    p.defaultValue = std::move(def);
    p.help = std::move(help);
    return p;
}

} // namespace

ParameterSpec intParam(std::string name, std::string title, int def, std::optional<double> min,
                       std::optional<double> max, std::string help) {
    ParameterSpec p = baseParam(std::move(name), std::move(title), ParamType::Int,
                                std::to_string(def), std::move(help));
    p.min = min;
    p.max = max;
    return p;
}

ParameterSpec doubleParam(std::string name, std::string title, double def,
                          std::optional<double> min, std::optional<double> max, std::string help) {
    ParameterSpec p = baseParam(std::move(name), std::move(title), ParamType::Double,
                                numberText(def), std::move(help));
    p.min = min;
    p.max = max;
    return p;
}

ParameterSpec boolParam(std::string name, std::string title, bool def, std::string help) {
    return baseParam(std::move(name), std::move(title), ParamType::Bool, def ? "true" : "false",
                     std::move(help));
}

ParameterSpec choiceParam(std::string name, std::string title, std::string def,
                          std::vector<std::string> choices, std::string help) {
    ParameterSpec p = baseParam(std::move(name), std::move(title), ParamType::Choice,
                                std::move(def), std::move(help));
    p.choices = std::move(choices);
    return p;
}

ParameterSpec textParam(std::string name, std::string title, std::string def, std::string help) {
    return baseParam(std::move(name), std::move(title), ParamType::Text, std::move(def),
                     std::move(help));
}

bool ParameterValues::has(const std::string& name) const {
    return m_values.count(name) > 0;
}

const std::string& ParameterValues::text(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end())
        throwBadInput("parameter '" + name + "' is not declared by the method");
    return it->second;
}

int ParameterValues::toInt(const std::string& name) const {
    long long x = 0;
    if (!parseInt(text(name), x))
        throwBadInput("parameter '" + name + "' is not a whole number: " + text(name));
    return int(x);
}

double ParameterValues::toDouble(const std::string& name) const {
    double x = 0;
    if (!parseDouble(text(name), x))
        throwBadInput("parameter '" + name + "' is not a number: " + text(name));
    return x;
}

bool ParameterValues::toBool(const std::string& name) const {
    bool b = false;
    if (!parseBool(text(name), b))
        throwBadInput("parameter '" + name + "' is not true or false: " + text(name));
    return b;
}

std::uint64_t ParameterValues::toSeed(const std::string& name) const {
    const auto& t = text(name);
    std::uint64_t x = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), x);
    if (r.ec != std::errc() || r.ptr != t.data() + t.size())
        throwBadInput("parameter '" + name + "' is not a seed (0 or more): " + t);
    return x;
}

ParameterValues resolveParameters(const std::string& method,
                                  const std::vector<ParameterSpec>& specs,
                                  const std::map<std::string, std::string>& given, Preset preset) {
    std::map<std::string, std::string> values;
    for (const auto& p : specs) {
        std::string v = p.defaultValue;
        if (preset == Preset::Quick && !p.quickValue.empty())
            v = p.quickValue;
        if (preset == Preset::Paper && !p.paperValue.empty())
            v = p.paperValue;
        values[p.name] = checked(method, p, v);
    }
    std::set<std::string> named;
    for (const auto& [name, v] : given) {
        const ParameterSpec* p = findSpec(specs, name);
        if (!p) {
            std::string list;
            for (const auto& s : specs)
                list += (list.empty() ? "" : ", ") + s.name;
            throwBadInput(method + ": unknown parameter '" + name + "' (known: " + list + ")");
        }
        values[name] = checked(method, *p, v);
        named.insert(name);
    }
    ParameterValues out(std::move(values));
    checkConditions(method, specs, out, named);
    return out;
}

ParameterValues applyOverrides(const std::string& method, const std::vector<ParameterSpec>& specs,
                               const ParameterValues& base,
                               const std::map<std::string, std::string>& overrides) {
    ParameterValues out = base;
    for (const auto& [name, v] : overrides)
        if (const ParameterSpec* p = findSpec(specs, name))
            out.set(name, checked(method, *p, v));
    return out;
}

nlohmann::json parameterJson(const ParameterSpec& p) {
    nlohmann::json j{{"name", p.name},
                     {"title", p.title},
                     {"type", paramTypeName(p.type)},
                     {"default", p.defaultValue},
                     {"help", p.help},
                     {"group", p.group},
                     {"advanced", p.advanced}};
    if (p.min)
        j["min"] = *p.min;
    if (p.max)
        j["max"] = *p.max;
    if (!p.choices.empty())
        j["choices"] = p.choices;
    if (!p.paperValue.empty())
        j["paper"] = p.paperValue;
    if (!p.referenceValue.empty())
        j["reference"] = p.referenceValue;
    if (!p.quickValue.empty())
        j["quick"] = p.quickValue;
    if (!p.onlyWith.empty())
        j["only_with"] = p.onlyWith;
    if (!p.onlyWithout.empty())
        j["only_without"] = p.onlyWithout;
    return j;
}

ParameterSpec memberRankingParam() {
    auto p = choiceParam("member-ranking", "Member order", "cosine", {"cosine", "inner-product"},
                         "How a slice ranks its members: cosine to the slice's unit centre "
                         "(every method's rule) or the raw inner product (earlier versions; "
                         "larger embeddings first)");
    p.advanced = true;
    return p;
}

} // namespace fl::methods
