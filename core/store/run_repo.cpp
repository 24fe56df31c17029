#include "core/store/run_repo.h"
#include "core/common/error.h"
#include "core/store/project_impl.h"
#include "core/store/run_owner.h"
#include <utility>
#include <vector>

namespace fl::store {
namespace {

constexpr const char* kSelect = "SELECT id, kind, settings, seed, status, created, started, ended, "
                                "software_version, dataset_id, model_id, error, owner FROM runs";

std::optional<std::int64_t> optionalColumn(const SQLite::Column& c) {
    if (c.isNull())
        return std::nullopt;
    return c.getInt64();
}

RunRecord readRun(SQLite::Statement& st) {
    RunRecord r;
    r.id = st.getColumn(0).getInt64();
    r.kind = st.getColumn(1).getString();
    r.settingsJson = st.getColumn(2).getString();
    r.seed = static_cast<std::uint64_t>(st.getColumn(3).getInt64());
    r.status = parseRunStatus(st.getColumn(4).getString());
    r.created = st.getColumn(5).getInt64();
    r.started = optionalColumn(st.getColumn(6));
    r.ended = optionalColumn(st.getColumn(7));
    r.softwareVersion = st.getColumn(8).getString();
    r.datasetId = optionalColumn(st.getColumn(9));
    r.modelId = optionalColumn(st.getColumn(10));
    r.error = st.getColumn(11).getString();
    r.owner = st.getColumn(12).getString();
    return r;
}

// "pid 123 on host" for "host:123:start"; the text as it is otherwise.
std::string describeOwner(const std::string& owner) {
    if (owner.empty())
        return "not recorded";
    const auto last = owner.rfind(':');
    const auto middle =
        last == std::string::npos || last == 0 ? std::string::npos : owner.rfind(':', last - 1);
    if (middle == std::string::npos)
        return owner;
    return "pid " + owner.substr(middle + 1, last - middle - 1) + " on " + owner.substr(0, middle);
}

void checkUpdated(Project::Impl& impl, std::int64_t id) {
    if (impl.db.getChanges() == 0)
        throwBadInput(impl.path + ": no run with id " + std::to_string(id));
}

} // namespace

const char* runStatusName(RunStatus s) {
    switch (s) {
    case RunStatus::Queued:
        return "queued";
    case RunStatus::Running:
        return "running";
    case RunStatus::Done:
        return "done";
    case RunStatus::Failed:
        return "failed";
    case RunStatus::Cancelled:
        return "cancelled";
    }
    return "queued";
}

RunStatus parseRunStatus(const std::string& name) {
    for (RunStatus s : {RunStatus::Queued, RunStatus::Running, RunStatus::Done, RunStatus::Failed,
                        RunStatus::Cancelled}) {
        if (name == runStatusName(s))
            return s;
    }
    throwBadInput("unknown run status '" + name + "'");
}

std::int64_t RunRepo::add(const RunRecord& record) {
    const std::string settings = checkedJson(record.settingsJson, "run settings");
    auto& impl = m_project.impl();
    return guarded(impl, "adding a run", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db,
                             "INSERT INTO runs(kind, settings, seed, status, created, started, "
                             "ended, software_version, dataset_id, model_id, error, owner) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, record.kind);
        st.bind(2, settings);
        // SQLite integers are signed: the seed's bits are kept, read back as the same uint64.
        st.bind(3, static_cast<int64_t>(record.seed));
        st.bind(4, runStatusName(record.status));
        st.bind(5, static_cast<int64_t>(nowMs()));
        bindOptional(st, 6, record.started);
        bindOptional(st, 7, record.ended);
        st.bind(8, record.softwareVersion.empty() ? std::string(FAULTLINE_VERSION)
                                                  : record.softwareVersion);
        bindOptional(st, 9, record.datasetId);
        bindOptional(st, 10, record.modelId);
        st.bind(11, record.error);
        const bool unfinished =
            record.status == RunStatus::Queued || record.status == RunStatus::Running;
        st.bind(12, !record.owner.empty() ? record.owner
                    : unfinished          ? currentRunOwner()
                                          : std::string());
        st.exec();
        const std::int64_t id = impl.db.getLastInsertRowid();
        tx.commit();
        return id;
    });
}

std::optional<RunRecord> RunRepo::get(std::int64_t id) const {
    return selectOne(m_project.impl(), "reading a run", kSelect, id, readRun);
}

std::vector<RunRecord> RunRepo::list(const std::string& kind) const {
    return selectAll(m_project.impl(), "listing runs",
                     std::string(kSelect) + (kind.empty() ? "" : " WHERE kind = ?") +
                         " ORDER BY id",
                     readRun, [&kind](SQLite::Statement& st) {
                         if (!kind.empty())
                             st.bind(1, kind);
                     });
}

void RunRepo::markRunning(std::int64_t id) {
    auto& impl = m_project.impl();
    guarded(impl, "starting a run", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(
            impl.db, "UPDATE runs SET status = 'running', started = ?, owner = ? WHERE id = ?");
        st.bind(1, static_cast<int64_t>(nowMs()));
        st.bind(2, currentRunOwner());
        st.bind(3, static_cast<int64_t>(id));
        st.exec();
        checkUpdated(impl, id);
        tx.commit();
    });
}

void RunRepo::finish(std::int64_t id, RunStatus status, const std::string& error) {
    if (status == RunStatus::Queued || status == RunStatus::Running)
        throwBadInput(std::string("finish() needs a final run status, not ") +
                      runStatusName(status));
    auto& impl = m_project.impl();
    guarded(impl, "finishing a run", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db,
                             "UPDATE runs SET status = ?, ended = ?, error = ? WHERE id = ?");
        st.bind(1, runStatusName(status));
        st.bind(2, static_cast<int64_t>(nowMs()));
        st.bind(3, error);
        st.bind(4, static_cast<int64_t>(id));
        st.exec();
        checkUpdated(impl, id);
        tx.commit();
    });
}

void RunRepo::remove(std::int64_t id) {
    deleteById(m_project.impl(), "removing a run", "runs", id);
}

int RunRepo::markInterrupted() {
    auto& impl = m_project.impl();
    return guarded(impl, "marking interrupted runs", [&] {
        WriteTransaction tx(impl);
        std::vector<std::pair<std::int64_t, std::string>> gone;
        {
            SQLite::Statement st(impl.db, "SELECT id, owner FROM runs WHERE status IN "
                                          "('queued', 'running')");
            while (st.executeStep()) {
                const std::string owner = st.getColumn(1).getString();
                if (runOwnerIsGone(owner))
                    gone.emplace_back(st.getColumn(0).getInt64(), owner);
            }
        }
        for (const auto& [id, owner] : gone) {
            SQLite::Statement st(impl.db, "UPDATE runs SET status = 'failed', ended = ?, error = ? "
                                          "WHERE id = ?");
            st.bind(1, static_cast<int64_t>(nowMs()));
            st.bind(2, "interrupted: the process that ran it (" + describeOwner(owner) +
                           ") ended before it finished");
            st.bind(3, static_cast<int64_t>(id));
            st.exec();
        }
        tx.commit();
        return int(gone.size());
    });
}

} // namespace fl::store
