// Tests of fl::jobs::JobRunner: results, errors, cancel (running and queued), heavy-job
// serialisation, light jobs alongside, monotone progress and per-worker torch threads.
#include "core/jobs/job_runner.h"
#include "core/jobs/torch_threads.h"
#include <QtTest>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace fl::jobs;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

class TestJobsRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void completesWithResult() {
        JobRunner runner;
        std::atomic<int> finishedCalls{0};
        JobCallbacks cb;
        cb.onFinished = [&](const JobOutcome& o) {
            QCOMPARE(o.state, JobState::Done);
            ++finishedCalls;
        };
        const JobId id =
            runner.submit(makeJob("answer", JobWeight::Light, [](JobContext&) { return 42; }), cb);
        auto outcome = runner.wait(id);
        QVERIFY(outcome->ok());
        QVERIFY(outcome->valueAs<int>());
        QCOMPARE(*outcome->valueAs<int>(), 42);
        QCOMPARE(outcome->name, std::string("answer"));
        QCOMPARE(runner.state(id), JobState::Done);
        QCOMPARE(finishedCalls.load(), 1); // wait() returns after onFinished
    }

    void errorPropagates() {
        JobRunner runner;
        const JobId a = runner.submit(makeJob("bad", JobWeight::Light, [](JobContext&) -> int {
            fl::throwBadInput("model.pt: not a TorchScript file");
        }));
        const JobId b = runner.submit(makeJob("std", JobWeight::Light, [](JobContext&) -> int {
            throw std::runtime_error("plain failure");
        }));
        auto oa = runner.wait(a);
        QCOMPARE(oa->state, JobState::Failed);
        QCOMPARE(oa->errorKind, fl::ErrorKind::BadInput);
        QCOMPARE(oa->error, std::string("model.pt: not a TorchScript file"));
        QVERIFY(!oa->value.has_value());
        auto ob = runner.wait(b);
        QCOMPARE(ob->state, JobState::Failed);
        QCOMPARE(ob->error, std::string("plain failure"));
    }

    void cancelRunningWithinOneSecond() {
        JobRunner runner;
        std::atomic<bool> started{false};
        const JobId id = runner.submit(makeJob("loop", JobWeight::Heavy, [&](JobContext& ctx) {
            started = true;
            for (int i = 0; i < 100000; ++i) { // ~17 minutes if never cancelled
                ctx.throwIfCancelled();
                std::this_thread::sleep_for(10ms);
            }
            return 0;
        }));
        while (!started)
            std::this_thread::sleep_for(1ms);
        QCOMPARE(runner.state(id), JobState::Running);
        const auto t0 = Clock::now();
        QVERIFY(runner.cancel(id));
        auto outcome = runner.wait(id);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        qDebug("running job cancelled in %.1f ms", ms);
        QVERIFY(ms < 1000.0);
        QCOMPARE(outcome->state, JobState::Cancelled);
        QVERIFY(!runner.cancel(id)); // already finished
    }

    void committedJobKeepsItsResultDespiteCancel() {
        JobRunner runner;
        std::atomic<bool> committed{false}, cancelSeen{false};
        std::atomic<int> saved{0};
        const JobId id = runner.submit(makeJob("store", JobWeight::Light, [&](JobContext& ctx) {
            ctx.throwIfCancelled();
            ctx.commit();
            committed = true;
            while (!ctx.cancelled()) // the save goes on through the cancel
                std::this_thread::sleep_for(1ms);
            cancelSeen = true;
            saved = 7;
            return 7;
        }));
        while (!committed)
            std::this_thread::sleep_for(1ms);
        QVERIFY(runner.cancel(id));
        auto outcome = runner.wait(id);
        QVERIFY(cancelSeen.load());
        QCOMPARE(outcome->state, JobState::Done);
        QVERIFY(outcome->valueAs<int>());
        QCOMPARE(*outcome->valueAs<int>(), saved.load());
        // Without the commit, the same late cancel discards the result.
        std::atomic<bool> running{false};
        const JobId plain = runner.submit(makeJob("plain", JobWeight::Light, [&](JobContext& ctx) {
            running = true;
            while (!ctx.cancelled())
                std::this_thread::sleep_for(1ms);
            return 7;
        }));
        while (!running)
            std::this_thread::sleep_for(1ms);
        QVERIFY(runner.cancel(plain));
        auto discarded = runner.wait(plain);
        QCOMPARE(discarded->state, JobState::Cancelled);
        QVERIFY(!discarded->value.has_value());
    }

    void cancelQueuedNeverRuns() {
        JobRunner runner({.workers = 1});
        std::atomic<bool> release{false}, secondRan{false};
        const JobId first = runner.submit(makeJob("blocker", JobWeight::Light, [&](JobContext&) {
            while (!release)
                std::this_thread::sleep_for(1ms);
        }));
        const JobId second = runner.submit(
            makeJob("queued", JobWeight::Light, [&](JobContext&) { secondRan = true; }));
        QCOMPARE(runner.state(second), JobState::Queued);
        QVERIFY(runner.cancel(second));
        QCOMPARE(runner.state(second), JobState::Cancelled);
        release = true;
        QCOMPARE(runner.wait(first)->state, JobState::Done);
        QCOMPARE(runner.wait(second)->state, JobState::Cancelled);
        runner.waitAll();
        QVERIFY(!secondRan);
        QCOMPARE(runner.pending(), std::size_t(0));
    }

    void heavyJobsNeverOverlapLightRunsAlongside() {
        JobRunner runner({.workers = 3});
        std::mutex m;
        std::vector<std::pair<Clock::time_point, Clock::time_point>> heavy;
        auto heavyJob = [&](JobContext&) {
            const auto s = Clock::now();
            std::this_thread::sleep_for(150ms);
            std::lock_guard lock(m);
            heavy.emplace_back(s, Clock::now());
        };
        std::vector<JobId> ids;
        for (int i = 0; i < 3; ++i)
            ids.push_back(runner.submit(makeJob("heavy", JobWeight::Heavy, heavyJob)));
        Clock::time_point lightStart;
        ids.push_back(runner.submit(makeJob("light", JobWeight::Light, [&](JobContext&) {
            lightStart = Clock::now();
            std::this_thread::sleep_for(20ms);
        })));
        for (JobId id : ids)
            QCOMPARE(runner.wait(id)->state, JobState::Done);
        std::sort(heavy.begin(), heavy.end());
        QCOMPARE(heavy.size(), std::size_t(3));
        for (std::size_t i = 1; i < heavy.size(); ++i)
            QVERIFY2(heavy[i].first >= heavy[i - 1].second, "two heavy jobs overlapped");
        // The light job, queued last, ran while the first heavy job was still running.
        QVERIFY(lightStart < heavy[0].second);
    }

    void progressIsMonotone() {
        JobRunner runner;
        std::mutex m;
        std::vector<double> seen;
        JobCallbacks cb;
        cb.onProgress = [&](JobId, double f, const std::string&) {
            std::lock_guard lock(m);
            seen.push_back(f);
        };
        const JobId id = runner.submit(makeJob("steps", JobWeight::Light,
                                               [](JobContext& ctx) {
                                                   for (int i = 0; i <= 10; ++i)
                                                       ctx.report(i / 10.0, "step");
                                                   ctx.report(0.5, "a late, lower report");
                                                   auto sub = ctx.progress().sub(0.5, 1.0);
                                                   sub.report(1.0, "done");
                                               }),
                                       cb);
        runner.wait(id);
        QCOMPARE(seen.size(), std::size_t(13));
        for (std::size_t i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.back(), 1.0);
    }

    void workerTorchThreadsFollowSetting() {
        for (int setting : {1, 3}) {
            JobRunner runner({.torchThreads = setting});
            QCOMPARE(runner.torchThreads(), setting);
            const JobId id = runner.submit(makeJob(
                "threads", JobWeight::Heavy, [](JobContext&) { return currentTorchThreads(); }));
            auto o = runner.wait(id);
            QVERIFY(o->ok());
            QCOMPARE(*o->valueAs<int>(), setting);
        }
        JobRunner runner; // default: hardware concurrency
        QCOMPARE(runner.torchThreads(), defaultTorchThreads());
        auto o = runner.wait(runner.submit(makeJob(
            "default", JobWeight::Light, [](JobContext& c) { return currentTorchThreads(); })));
        QCOMPARE(*o->valueAs<int>(), defaultTorchThreads());
        runner.setTorchThreads(1);
        o = runner.wait(runner.submit(makeJob(
            "changed", JobWeight::Light, [](JobContext& c) { return currentTorchThreads(); })));
        QCOMPARE(*o->valueAs<int>(), 1);
    }

    void destructorCancelsAndJoins() {
        std::atomic<int> cancelled{0};
        const auto t0 = Clock::now();
        {
            JobRunner runner({.workers = 2});
            JobCallbacks cb;
            cb.onFinished = [&](const JobOutcome& o) {
                if (o.cancelled())
                    ++cancelled;
            };
            for (int i = 0; i < 4; ++i)
                runner.submit(makeJob("long", JobWeight::Heavy,
                                      [](JobContext& ctx) {
                                          while (true) {
                                              ctx.throwIfCancelled();
                                              std::this_thread::sleep_for(10ms);
                                          }
                                      }),
                              cb);
            std::this_thread::sleep_for(50ms);
        }
        QVERIFY(Clock::now() - t0 < 1s);
        QCOMPARE(cancelled.load(), 4);
    }
};

QTEST_GUILESS_MAIN(TestJobsRunner)
#include "test_jobs_runner.moc"
