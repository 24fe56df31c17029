// The faultline binary's command line without a display: --help and --version print and exit 0
// (issue #15: they used to abort in QApplication when no display was there).
#include <QFile>
#include <QProcess>
#include <QtTest>

class TestAppCommandLine : public QObject {
    Q_OBJECT

    static QProcess* runHeadless(const QStringList& args) {
        const QString exe = QStringLiteral(FAULTLINE_BINARY_DIR "/app/faultline");
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(v));
        p->setProcessEnvironment(env);
        p->start(exe, args);
        return p;
    }

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay() {
        QVERIFY2(QFile::exists(QStringLiteral(FAULTLINE_BINARY_DIR "/app/faultline")),
                 "build the faultline target first");
        for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            std::unique_ptr<QProcess> p(runHeadless({flag}));
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY2(out.contains("Usage:") && out.contains("--report"), out.constData());
        }
        std::unique_ptr<QProcess> v(runHeadless({QStringLiteral("--version")}));
        QVERIFY(v->waitForFinished(60000));
        QCOMPARE(v->exitCode(), 0);
        QVERIFY2(v->readAllStandardOutput().contains(FAULTLINE_VERSION), "the version is printed");
    }
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "test_app_command_line.moc"
