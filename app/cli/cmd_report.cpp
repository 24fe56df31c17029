// faultline-cli report: the project's report from the core's report model (overview, saved
// slices, every method's newest run, provenance) as HTML, JSON or CSV; PDF is the window's
// (`faultline --report OUT.pdf P.faultline`).
#include "app/cli/cli_context.h"
#include "core/common/error.h"
#include "core/methods/method_report.h"
#include "core/report/report_builder.h"
#include "core/report/report_writer.h"
#include "core/store/project.h"
#include <filesystem>
#include <iostream>
#include <memory>

namespace fl::cli {
namespace {

struct ReportArgs {
    std::string project;
    std::string out;
    std::string split = "test";
};

void runReport(const GlobalOptions& g, const ReportArgs& a) {
    const auto writers = report::WriterRegistry::withDefaults();
    const report::ReportWriter* writer = writers.forPath(a.out);
    if (!writer)
        throwBadInput("cannot write a report to " + a.out + ": the file name must end in ." +
                      (std::filesystem::path(a.out).extension() == ".pdf"
                           ? std::string("html, .json or .csv here (PDF: faultline --report "
                                         "OUT.pdf PROJECT)")
                           : std::string("html, .json or .csv")));
    if (!std::filesystem::exists(a.project))
        throwBadInput("the project " + a.project + " does not exist");
    const Progress progress = progressOf(g);
    store::Project project = store::Project::open(a.project);
    report::ReportOptions options;
    options.split = a.split;
    report::Report rep = report::buildProjectReport(project, options, progress.sub(0.0, 0.6));
    const auto problems = methods::addMethodSections(rep, project);
    for (const auto& p : problems)
        std::cerr << "faultline-cli: " << p << "\n";
    writer->write(rep, a.out);
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& s : rep.sections)
        sections.push_back(s.id);
    emit(g,
         {{"report", a.out},
          {"format", writer->suffix()},
          {"sections", sections},
          {"problems", problems}},
         "wrote " + a.out + " (" + std::to_string(rep.sections.size()) + " sections)\n");
}

} // namespace

void registerReportCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<ReportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "report", "Write a project's report (overview, slices, every method's newest run, "
                  "provenance) as HTML, JSON or CSV, chosen by OUT's suffix");
    cmd->add_option("project", a->project, "The project file")->required();
    cmd->add_option("out", a->out, "The report file: .html, .json or .csv")->required();
    cmd->add_option("--split", a->split,
                    "The split of the per-class chart and the confusion matrix")
        ->check(CLI::IsMember({"train", "val", "test"}));
    cmd->callback([&g, a] { runReport(g, *a); });
}

} // namespace fl::cli
