// Runs left queued or running by a process that died: a child process adds them and is killed
// with SIGKILL; opening the project again marks them failed as interrupted, leaves finished runs
// and runs of live processes (this one, another host's) as they were.
#include "core/common/error.h"
#include "core/store/project.h"
#include "core/store/run_owner.h"
#include "core/store/run_repo.h"
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace fl::store;

namespace {

RunRecord runOf(RunStatus status, std::string owner = {}) {
    RunRecord r;
    r.kind = "infembed";
    r.status = status;
    r.owner = std::move(owner);
    return r;
}

} // namespace

class TestStoreInterruptedRuns : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void owners() {
        const std::string me = currentRunOwner();
        QVERIFY(!runOwnerIsGone(me));
        // The same pid with another start time is a reused pid: gone.
        QVERIFY(runOwnerIsGone(me.substr(0, me.rfind(':')) + ":1"));
        QVERIFY(!runOwnerIsGone("another-host.example:1:1")); // cannot be checked from here
        QVERIFY(!runOwnerIsGone("not an owner"));
        QVERIFY(runOwnerIsGone("")); // recorded before owners were
    }

    void killedProcessRunsBecomeInterrupted() {
        const std::string path = m_tmp.filePath("p.faultline").toStdString();
        { Project::create(path); }
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) { // add an unfinished and a finished run, then die as kill -9 does
            Project p = Project::open(path);
            RunRepo runs(p);
            runs.add(runOf(RunStatus::Running));
            runs.add(runOf(RunStatus::Queued));
            runs.add(runOf(RunStatus::Done));
            raise(SIGKILL);
            _exit(1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

        Project p = Project::open(path);
        RunRepo runs(p);
        const auto mine = runs.add(runOf(RunStatus::Running));
        const auto elsewhere = runs.add(runOf(RunStatus::Running, "another-host.example:7:7"));
        const auto all = runs.list();
        QCOMPARE(all.size(), std::size_t(5));
        for (int i : {0, 1}) {
            QCOMPARE(all[std::size_t(i)].status, RunStatus::Failed);
            const std::string expected =
                "interrupted: the process that ran it (pid " + std::to_string(child) + " on ";
            QVERIFY2(all[std::size_t(i)].error.rfind(expected, 0) == 0,
                     all[std::size_t(i)].error.c_str());
            QVERIFY(all[std::size_t(i)].ended.has_value());
        }
        QCOMPARE(all[2].status, RunStatus::Done);
        QVERIFY(all[2].error.empty());
        // Opening again leaves this process's own and another host's runs running.
        Project again = Project::open(path);
        QCOMPARE(RunRepo(again).get(mine)->status, RunStatus::Running);
        QCOMPARE(RunRepo(again).get(elsewhere)->status, RunStatus::Running);
        QCOMPARE(RunRepo(again).markInterrupted(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreInterruptedRuns)
#include "test_store_interrupted_runs.moc"
