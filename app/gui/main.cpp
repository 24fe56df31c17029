// faultline: the desktop workbench. With no argument it opens the demo project (training the
// demo model on first use); with a .faultline file it opens that project.
#include "core/common/error.h"
#include "ui/mainwindow/main_window.h"
#include "ui/report/report_exporter.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    QElapsedTimer startClock;
    startClock.start();
    // --report writes a file and exits, --help and --version print and exit: no window, so no
    // display is needed (without one, QApplication would abort before they are parsed).
    for (int i = 1; i < argc; ++i) {
        const bool noWindow =
            std::strncmp(argv[i], "--report", 8) == 0 || std::strcmp(argv[i], "--help") == 0 ||
            std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help-all") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0;
        if (noWindow && !std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Faultline"));
    QApplication::setApplicationName(QStringLiteral("faultline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Faultline"));
    QApplication::setApplicationVersion(QStringLiteral(FAULTLINE_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    // Faultline's own catalogue, embedded by qt_add_translations under :/i18n.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("faultline"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        app.installTranslator(&appTranslator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/faultline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Find, understand and annotate the failures of image classifiers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "A .faultline project to open (default: the demo)."));
    QCommandLineOption timing(QStringLiteral("print-startup-time"),
                              QApplication::translate("main", "Print the time to first paint "
                                                              "and to the project being shown."));
    parser.addOption(timing);
    QCommandLineOption reportOption(
        QStringLiteral("report"),
        QApplication::translate("main", "Write the project's report to <file> (.pdf, .html, "
                                        ".json or .csv) and exit."),
        QStringLiteral("file"));
    parser.addOption(reportOption);
    QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Show and raise the view <id> (slices, defuse, …; the "
                                        "View menu's docks) once the window is up."),
        QStringLiteral("id"));
    parser.addOption(viewOption);
    parser.process(app);

    if (parser.isSet(reportOption)) {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "--report needs exactly one project: faultline --report "
                                     "OUT.pdf PROJECT.faultline")));
            return 2;
        }
        try {
            fl::ui::ReportExportRequest request;
            request.projectPath = args.first();
            request.outputPath = parser.value(reportOption);
            const auto result = fl::ui::ReportExporter::run(request);
            for (const QString& problem : result.problems()) // written without those pages
                std::fprintf(stderr, "%s\n", qPrintable(problem));
            std::printf("%s\n", qPrintable(QApplication::translate("main", "wrote %1 (%2 s)")
                                               .arg(result.outputPath)
                                               .arg(result.seconds, 0, 'f', 2)));
            return 0;
        } catch (const fl::Error& e) {
            std::fprintf(stderr, "faultline: %s\n", e.what());
            return e.kind() == fl::ErrorKind::BadInput ? 2 : fl::exitCodeFor(e.kind());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "faultline: %s\n", e.what());
            return 3;
        }
    }

    fl::ui::MainWindow window;
    window.show();
    if (parser.isSet(viewOption)) {
        if (QDockWidget* dock = window.dock(parser.value(viewOption))) {
            dock->show();
            dock->raise();
        } else {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "faultline: no view '%1'")
                                        .arg(parser.value(viewOption))));
        }
    }
    if (parser.isSet(timing)) {
        // A zero timer fires once the first show/paint events have been processed.
        QTimer::singleShot(0, &window, [&] {
            std::printf("first paint: %lld ms\n", static_cast<long long>(startClock.elapsed()));
            std::fflush(stdout);
        });
        QObject::connect(&window, &fl::ui::MainWindow::projectOpened, &window, [&] {
            std::printf("project shown: %lld ms\n", static_cast<long long>(startClock.elapsed()));
            std::fflush(stdout);
        });
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        window.openDemoProject();
    else
        window.openProject(args.first());
    return app.exec();
}
