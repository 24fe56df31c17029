// faultline-cli: the headless face of Faultline. Links the core alone.
#include "app/cli/cli_context.h"
#include "core/common/error.h"
#include "core/common/log.h"
#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"faultline-cli — find, inspect and report the systematic failures of image "
                 "classifiers, without a window.\nRun `faultline-cli COMMAND --help` for each "
                 "command's options. Exit codes: 0 success, 1 usage, 2 bad input, 3 failure."};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Show the help of every command");
    fl::cli::GlobalOptions g;
    app.add_flag("--json", g.json, "Print machine-readable JSON on stdout")->configurable();
    app.add_option("--threads", g.threads, "Compute threads (0 = all cores)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--device", g.device, "auto, cpu or cuda")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    app.add_flag("-v,--verbose", g.verbose, "Log details on stderr");
    // --json is also accepted after the sub-command (faultline-cli evaluate ... --json).
    app.fallthrough();

    fl::cli::registerDatasetCommands(app, g);
    fl::cli::registerPlantCommand(app, g);
    fl::cli::registerTrainCommand(app, g);
    fl::cli::registerEvaluateCommand(app, g);
    fl::cli::registerProjectCommands(app, g);
    fl::cli::registerDemoCommand(app, g);
    fl::cli::registerMethodCommands(app, g);
    fl::cli::registerSliceBenchCommand(app, g);
    fl::cli::registerReportCommand(app, g);
    fl::cli::registerInterventionsCommand(app, g);
    fl::cli::registerDefuseCommands(app, g);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 1;
    } catch (const fl::Error& e) {
        std::cerr << "faultline-cli: " << e.what() << std::endl;
        return fl::exitCodeFor(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "faultline-cli: " << e.what() << std::endl;
        return 3;
    }
    return 0;
}
