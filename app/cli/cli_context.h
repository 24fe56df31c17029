// What every faultline-cli command shares: global options (--json, threads, device) and the way
// results and errors are printed, so each command file only does its own work.
#pragma once
#include "core/common/progress.h"
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace fl::cli {

struct GlobalOptions {
    bool json = false;
    int threads = 0;             // 0 = all cores
    std::string device = "auto"; // auto | cpu | cuda
    bool verbose = false;
};

// Prints `j` as JSON when --json was given, otherwise `text` (both to stdout).
void emit(const GlobalOptions& g, const nlohmann::json& j, const std::string& text);
// Progress lines on stderr (never on stdout, which --json keeps machine-readable).
void progressLine(const GlobalOptions& g, double fraction, const std::string& message);
// A Progress that writes progressLine()s.
Progress progressOf(const GlobalOptions& g);

// Each command file registers its sub-command; the callback runs it.
void registerDatasetCommands(CLI::App& app, GlobalOptions& g);
void registerPlantCommand(CLI::App& app, GlobalOptions& g);
void registerTrainCommand(CLI::App& app, GlobalOptions& g);
void registerEvaluateCommand(CLI::App& app, GlobalOptions& g);
void registerProjectCommands(CLI::App& app, GlobalOptions& g);
void registerDemoCommand(CLI::App& app, GlobalOptions& g);
void registerMethodCommands(CLI::App& app, GlobalOptions& g); // methods, run, and one per method
void registerSliceBenchCommand(CLI::App& app, GlobalOptions& g);
void registerReportCommand(CLI::App& app, GlobalOptions& g);
void registerInterventionsCommand(CLI::App& app, GlobalOptions& g);
void registerDefuseCommands(CLI::App& app,
                            GlobalOptions& g); // defuse-annotate, -correct, annotations

} // namespace fl::cli
