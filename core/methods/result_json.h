// A method result as JSON for scripts (faultline-cli run --json, the JSON report): the run's
// settings and timings, each slice's statistics with class names, members and its own fields.
#pragma once
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include <nlohmann/json.hpp>
#include <string>

namespace fl::methods {

// Class names come from `classNames` (a number where it has none). Arrays are not included;
// `examples` lists [id, label, prediction] of the sliced split when the result carries them.
nlohmann::json resultJson(const MethodResult& result, const std::vector<std::string>& classNames);

// Plain text for a terminal: a header line, then a few lines per slice (at most `maxSlices`).
std::string resultText(const MethodResult& result, const std::vector<std::string>& classNames,
                       std::size_t maxSlices = 50);

// "Sneaker" for 7 when the list has it, else "7".
std::string classNameOf(const std::vector<std::string>& classNames, int c);

// A number in a result's table cell, printf-formatted ("%.3f" by default).
std::string tableNumber(double v, const char* format = "%.3f");

} // namespace fl::methods
