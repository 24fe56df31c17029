// faultline: the desktop workbench. With no argument it opens the demo project (training the
// demo model on first use); with a .faultline file it opens that project.
#include "ui/mainwindow/main_window.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

int main(int argc, char** argv) {
    QElapsedTimer startClock;
    startClock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Faultline"));
    QApplication::setApplicationName(QStringLiteral("faultline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Faultline"));
    QApplication::setApplicationVersion(QStringLiteral(FAULTLINE_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);

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
    parser.process(app);

    fl::ui::MainWindow window;
    window.show();
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
