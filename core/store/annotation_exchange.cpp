#include "core/store/annotation_exchange.h"
#include "core/common/error.h"
#include "core/store/annotation_sql.h"
#include "core/store/project_impl.h"
#include <algorithm>
#include <charconv>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace fl::store {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string isoTime(std::int64_t ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// A read of several statements that sees one state of the file (and holds the project's lock).
class ReadTransaction {
public:
    explicit ReadTransaction(Project::Impl& impl) : m_lock(impl.mutex), m_db(impl.db) {
        m_db.exec("BEGIN");
    }
    ~ReadTransaction() {
        try {
            m_db.exec("COMMIT");
        } catch (...) { // a read has nothing to lose
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    std::lock_guard<std::recursive_mutex> m_lock;
    SQLite::Database& m_db;
};

// ---------------------------------------------------------------------------------------------
// Export

struct RunRef {
    std::int64_t id = 0;
    std::string kind;
    std::int64_t created = 0;
};

json runJson(const RunRef& r) {
    return json{{"id", r.id}, {"kind", r.kind}, {"created", r.created}};
}

// The dataset the project's examples are of: the one of the latest finished evaluation run, else
// the last one added (what opening the project shows); null without datasets.
json currentDatasetJson(Project::Impl& impl) {
    SQLite::Statement st(impl.db,
                         "SELECT d.name, d.source, d.n FROM runs r JOIN datasets d ON d.id = "
                         "r.dataset_id WHERE r.kind = 'evaluation' AND r.status = 'done' "
                         "ORDER BY r.id DESC LIMIT 1");
    if (!st.executeStep()) {
        SQLite::Statement last(impl.db,
                               "SELECT name, source, n FROM datasets ORDER BY id DESC LIMIT 1");
        if (!last.executeStep())
            return nullptr;
        return json{{"source", last.getColumn(1).getString()},
                    {"name", last.getColumn(0).getString()},
                    {"n", last.getColumn(2).getInt64()}};
    }
    return json{{"source", st.getColumn(1).getString()},
                {"name", st.getColumn(0).getString()},
                {"n", st.getColumn(2).getInt64()}};
}

template <class T> bool admitted(const std::vector<T>& allowed, const T& v) {
    return allowed.empty() || std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

// ---------------------------------------------------------------------------------------------
// Import: checking the document

[[noreturn]] void expected(const std::string& path, const std::string& what, const json* got) {
    std::string msg = path + ": expected " + what;
    if (!got) {
        msg += " (missing)";
    } else {
        std::string text = got->dump();
        if (text.size() > 60)
            text = text.substr(0, 57) + "...";
        msg += ", got " + text;
    }
    throwBadInput(msg);
}

const json* member(const json& object, const char* key) {
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json& objectAt(const json& object, const std::string& path, const char* key) {
    const json* v = member(object, key);
    if (!v || !v->is_object())
        expected(path + "." + key, "an object", v);
    return *v;
}

std::string stringAt(const json& object, const std::string& path, const char* key,
                     bool nonEmpty = false) {
    const json* v = member(object, key);
    if (!v || !v->is_string() || (nonEmpty && v->get_ref<const std::string&>().empty()))
        expected(path + "." + key, nonEmpty ? "a non-empty string" : "a string", v);
    return v->get<std::string>();
}

std::int64_t intOf(const json* v, const std::string& path, std::int64_t min) {
    const std::string what =
        min == 0 ? "a non-negative integer" : (min == 1 ? "a positive integer" : "an integer");
    if (!v)
        expected(path, what, v);
    if (v->is_number_unsigned()) {
        if (v->get<std::uint64_t>() > std::uint64_t(INT64_MAX))
            expected(path, what + " that fits 64 bits", v);
        return std::int64_t(v->get<std::uint64_t>());
    }
    if (!v->is_number_integer() || v->get<std::int64_t>() < min)
        expected(path, what, v);
    return v->get<std::int64_t>();
}

std::int64_t intAt(const json& object, const std::string& path, const char* key,
                   std::int64_t min = INT64_MIN) {
    return intOf(member(object, key), path + "." + key, min);
}

int smallIntAt(const json& object, const std::string& path, const char* key) {
    const std::int64_t v = intAt(object, path, key, 0);
    if (v > INT32_MAX)
        expected(path + "." + key, "a non-negative integer below 2^31", member(object, key));
    return static_cast<int>(v);
}

std::uint64_t seedAt(const json& object, const std::string& path) {
    const json* v = member(object, "seed");
    const char* what = "the seed as a string of decimal digits (an unsigned 64-bit integer)";
    if (!v || !v->is_string())
        expected(path + ".seed", what, v);
    const std::string& s = v->get_ref<const std::string&>();
    std::uint64_t seed = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), seed);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        expected(path + ".seed", what, v);
    return seed;
}

struct DatasetRef {
    std::string source;
    std::int64_t n = 0;
};

struct SliceRef {
    std::int64_t id = 0;
    std::string name;
    std::string origin;
    std::int64_t created = 0;
};

struct ParsedAnnotation {
    std::string path; // "annotations[i]"
    TargetKind targetKind = TargetKind::Example;
    std::int64_t example = 0;
    std::optional<DatasetRef> dataset;
    SliceRef slice;
    RunRef run;
    int region = 0;
    int sample = 0;
    std::uint64_t seed = 0;
    std::string author;
    AnnotationKind kind = AnnotationKind::Note;
    std::string value;
    std::optional<std::int64_t> created;
};

ParsedAnnotation parseAnnotation(const json& a, const std::string& path) {
    ParsedAnnotation p;
    p.path = path;
    if (!a.is_object())
        expected(path, "an object", &a);
    const json& t = objectAt(a, path, "target");
    const std::string tp = path + ".target";
    const json* kind = member(t, "kind");
    const std::string kinds = "one of example, slice, generated";
    if (!kind || !kind->is_string())
        expected(tp + ".kind", kinds, kind);
    const std::string& k = kind->get_ref<const std::string&>();
    if (k == "example") {
        p.targetKind = TargetKind::Example;
        p.example = intAt(t, tp, "example", 0);
        const json* d = member(t, "dataset");
        if (!d || !(d->is_null() || d->is_object()))
            expected(tp + ".dataset", "an object (source, n) or null", d);
        if (d->is_object())
            p.dataset = DatasetRef{stringAt(*d, tp + ".dataset", "source", true),
                                   intAt(*d, tp + ".dataset", "n", 0)};
    } else if (k == "slice") {
        p.targetKind = TargetKind::Slice;
        p.slice.id = intAt(t, tp, "slice", 1);
        p.slice.origin = stringAt(t, tp, "origin");
        p.slice.created = intAt(t, tp, "created");
        if (const json* n = member(t, "name"); n && n->is_string())
            p.slice.name = n->get<std::string>();
    } else if (k == "generated") {
        p.targetKind = TargetKind::GeneratedSample;
        const json& r = objectAt(t, tp, "run");
        p.run.id = intAt(r, tp + ".run", "id", 1);
        p.run.kind = stringAt(r, tp + ".run", "kind", true);
        p.run.created = intAt(r, tp + ".run", "created");
        p.region = smallIntAt(t, tp, "region");
        p.sample = smallIntAt(t, tp, "sample");
        p.seed = seedAt(t, tp);
    } else {
        expected(tp + ".kind", kinds, kind);
    }
    p.author = stringAt(a, path, "author", true);
    const json* ak = member(a, "kind");
    if (!ak || !ak->is_string())
        expected(path + ".kind", "one of label, tag, note", ak);
    const std::string& aks = ak->get_ref<const std::string&>();
    if (aks == "label")
        p.kind = AnnotationKind::Label;
    else if (aks == "tag")
        p.kind = AnnotationKind::Tag;
    else if (aks == "note")
        p.kind = AnnotationKind::Note;
    else
        expected(path + ".kind", "one of label, tag, note", ak);
    p.value = stringAt(a, path, "value", p.kind != AnnotationKind::Note);
    if (const json* c = member(a, "created"))
        p.created = intOf(c, path + ".created", 0);
    return p;
}

std::vector<ParsedAnnotation> parseDocument(const json& doc) {
    if (!doc.is_object())
        expected("(document)", "a JSON object with format, version and annotations", &doc);
    const json* format = member(doc, "format");
    if (!format || !format->is_string() || format->get<std::string>() != kAnnotationFormat)
        expected("format", std::string("\"") + kAnnotationFormat + "\"", format);
    const json* version = member(doc, "version");
    if (version && version->is_number_integer() && version->get<std::int64_t>() > 1)
        throwBadInput("version: " + version->dump() +
                      " was written by a newer Faultline (this build reads version " +
                      std::to_string(kAnnotationFormatVersion) + ")");
    if (!version || !version->is_number_integer() ||
        version->get<std::int64_t>() != kAnnotationFormatVersion)
        expected("version", std::to_string(kAnnotationFormatVersion), version);
    const json* list = member(doc, "annotations");
    if (!list || !list->is_array())
        expected("annotations", "an array", list);
    std::vector<ParsedAnnotation> out;
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i)
        out.push_back(parseAnnotation((*list)[i], "annotations[" + std::to_string(i) + "]"));
    return out;
}

// ---------------------------------------------------------------------------------------------
// Import: finding the targets in this project

// Rows matched by stable fields (`query` binds them); when several match, the one with the
// file's id. nullopt when none does.
std::optional<std::int64_t> matchStable(SQLite::Statement& st, std::int64_t fileId,
                                        const std::string& path, const std::string& what) {
    std::vector<std::int64_t> ids;
    while (st.executeStep())
        ids.push_back(st.getColumn(0).getInt64());
    if (ids.empty())
        return std::nullopt;
    if (ids.size() == 1)
        return ids[0];
    if (std::find(ids.begin(), ids.end(), fileId) != ids.end())
        return fileId;
    throwBadInput(path + ": " + what + " matches " + std::to_string(ids.size()) +
                  " entries of this project and none has id " + std::to_string(fileId));
}

class Resolver {
public:
    explicit Resolver(Project::Impl& impl) : m_impl(impl) {}

    void checkDataset(const ParsedAnnotation& p) {
        if (!p.dataset)
            return;
        const auto key = std::make_pair(p.dataset->source, p.dataset->n);
        if (m_datasets.count(key))
            return;
        SQLite::Statement st(m_impl.db, "SELECT 1 FROM datasets WHERE source = ? AND n = ?");
        st.bind(1, p.dataset->source);
        st.bind(2, static_cast<int64_t>(p.dataset->n));
        if (!st.executeStep())
            throwBadInput(p.path + ".target.dataset: this project has no dataset \"" +
                          p.dataset->source + "\" of " + std::to_string(p.dataset->n) +
                          " examples; the annotations are of another project");
        m_datasets.insert(key);
    }

    std::int64_t slice(const ParsedAnnotation& p) {
        const SliceRef& s = p.slice;
        SQLite::Statement st(m_impl.db,
                             "SELECT id FROM slices WHERE origin = ? AND created = ? ORDER BY id");
        st.bind(1, s.origin);
        st.bind(2, static_cast<int64_t>(s.created));
        const std::string what = "slice " + std::to_string(s.id) + " \"" + s.name + "\" (" +
                                 s.origin + ", created " + isoTime(s.created) + ")";
        if (const auto id = matchStable(st, s.id, p.path + ".target", what))
            return *id;
        throwBadInput(p.path + ".target: " + what +
                      " is not in this project (deleted, or the annotations are of another "
                      "project)");
    }

    std::int64_t run(const ParsedAnnotation& p) {
        const RunRef& r = p.run;
        SQLite::Statement st(m_impl.db,
                             "SELECT id FROM runs WHERE kind = ? AND created = ? ORDER BY id");
        st.bind(1, r.kind);
        st.bind(2, static_cast<int64_t>(r.created));
        const std::string what =
            "run " + std::to_string(r.id) + " (" + r.kind + ", created " + isoTime(r.created) + ")";
        if (const auto id = matchStable(st, r.id, p.path + ".target.run", what))
            return *id;
        throwBadInput(p.path + ".target.run: " + what +
                      " is not in this project; its generated samples cannot be imported (import "
                      "into the project the annotations were made on, or a copy of it)");
    }

    std::int64_t generatedSample(const ParsedAnnotation& p, std::int64_t runId, bool* added) {
        if (const auto g = detail::findGeneratedSample(m_impl, runId, p.region, p.sample);
            g && g->seed != p.seed)
            throwBadInput(p.path + ".target.seed: sample " + std::to_string(p.sample) +
                          " of region " + std::to_string(p.region) + " of run " +
                          std::to_string(runId) + " was drawn with seed " +
                          std::to_string(g->seed) + " in this project, the file says " +
                          std::to_string(p.seed));
        return detail::ensureGeneratedSample(m_impl, runId, p.region, p.sample, p.seed, added);
    }

private:
    Project::Impl& m_impl;
    std::set<std::pair<std::string, std::int64_t>> m_datasets;
};

std::string describeTarget(const ParsedAnnotation& p, std::int64_t localId, std::int64_t runId) {
    switch (p.targetKind) {
    case TargetKind::Example:
        return "example " + std::to_string(localId);
    case TargetKind::Slice:
        return "slice " + std::to_string(localId) +
               (p.slice.name.empty() ? "" : " \"" + p.slice.name + "\"");
    case TargetKind::GeneratedSample:
        return "sample " + std::to_string(p.sample) + " of region " + std::to_string(p.region) +
               " of run " + std::to_string(runId);
    }
    return {};
}

} // namespace

nlohmann::json exportAnnotations(Project& project, const AnnotationExportFilter& filter) {
    auto& impl = project.impl();
    return guarded(impl, "exporting annotations", [&] {
        ReadTransaction tx(impl);
        const json dataset = currentDatasetJson(impl);
        std::map<std::int64_t, std::optional<json>> slices; // by slice id; nullopt: gone
        std::map<std::int64_t, std::optional<std::int64_t>> sliceRuns;
        std::map<std::int64_t, std::optional<GeneratedSample>> samples;
        std::map<std::int64_t, RunRef> runs;
        auto runRef = [&](std::int64_t id) -> const RunRef& {
            auto it = runs.find(id);
            if (it == runs.end()) {
                SQLite::Statement st(impl.db, "SELECT kind, created FROM runs WHERE id = ?");
                st.bind(1, static_cast<int64_t>(id));
                RunRef r{id, {}, 0};
                if (st.executeStep())
                    r = RunRef{id, st.getColumn(0).getString(), st.getColumn(1).getInt64()};
                it = runs.emplace(id, r).first;
            }
            return it->second;
        };

        SQLite::Statement st(impl.db, std::string(detail::kSelectAnnotation) +
                                          " a WHERE a.deleted = 0 AND (a.kind <> 'label' OR " +
                                          detail::kCurrentLabel + ") ORDER BY a.id");
        json list = json::array();
        while (st.executeStep()) {
            const AnnotationRecord r = detail::readAnnotation(st);
            if (!admitted(filter.targetKinds, r.targetKind) || !admitted(filter.kinds, r.kind) ||
                !admitted(filter.authors, r.author))
                continue;
            json target;
            switch (r.targetKind) {
            case TargetKind::Example:
                if (filter.runId)
                    continue;
                target = json{{"kind", "example"}, {"dataset", dataset}, {"example", r.targetId}};
                break;
            case TargetKind::Slice: {
                if (!slices.count(r.targetId)) {
                    SQLite::Statement s(impl.db, "SELECT name, origin, created, run_id FROM "
                                                 "slices WHERE id = ?");
                    s.bind(1, static_cast<int64_t>(r.targetId));
                    if (s.executeStep()) {
                        slices[r.targetId] = json{{"kind", "slice"},
                                                  {"slice", r.targetId},
                                                  {"name", s.getColumn(0).getString()},
                                                  {"origin", s.getColumn(1).getString()},
                                                  {"created", s.getColumn(2).getInt64()}};
                        sliceRuns[r.targetId] =
                            s.getColumn(3).isNull()
                                ? std::nullopt
                                : std::optional<std::int64_t>(s.getColumn(3).getInt64());
                    } else {
                        slices[r.targetId] = std::nullopt;
                    }
                }
                if (!slices[r.targetId])
                    continue; // the slice was deleted
                if (filter.runId && sliceRuns[r.targetId] != filter.runId)
                    continue;
                target = *slices[r.targetId];
                break;
            }
            case TargetKind::GeneratedSample: {
                if (!samples.count(r.targetId)) {
                    SQLite::Statement s(impl.db, std::string(detail::kSelectGeneratedSample) +
                                                     " WHERE id = ?");
                    s.bind(1, static_cast<int64_t>(r.targetId));
                    samples[r.targetId] = s.executeStep()
                                              ? std::optional(detail::readGeneratedSample(s))
                                              : std::nullopt;
                }
                const auto& g = samples[r.targetId];
                if (!g || (filter.runId && g->runId != *filter.runId))
                    continue;
                target = json{{"kind", "generated"},
                              {"run", runJson(runRef(g->runId))},
                              {"region", g->region},
                              {"sample", g->sampleIndex},
                              {"seed", std::to_string(g->seed)}};
                break;
            }
            }
            list.push_back(json{{"target", std::move(target)},
                                {"author", r.author},
                                {"kind", annotationKindName(r.kind)},
                                {"value", r.value},
                                {"created", r.created}});
        }
        return json{{"format", kAnnotationFormat},
                    {"version", kAnnotationFormatVersion},
                    {"exported", isoTime(nowMs())},
                    {"project", fs::path(impl.path).filename().string()},
                    {"annotations", std::move(list)}};
    });
}

std::size_t exportAnnotationsToFile(Project& project, const std::string& path,
                                    const AnnotationExportFilter& filter) {
    const json doc = exportAnnotations(project, filter);
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << doc.dump(2) << '\n';
        out.flush();
        if (!out)
            throwBadInput(path + ": cannot write the annotations (" + tmp + ")");
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throwBadInput(path + ": cannot write the annotations (" + ec.message() + ")");
    }
    return doc["annotations"].size();
}

ImportReport importAnnotations(Project& project, const nlohmann::json& document) {
    // Every field is checked before anything is written.
    const std::vector<ParsedAnnotation> parsed = parseDocument(document);
    auto& impl = project.impl();
    return guarded(impl, "importing annotations", [&] {
        WriteTransaction tx(impl);
        Resolver resolve(impl);
        ImportReport report;
        const std::int64_t now = nowMs();
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            const ParsedAnnotation& p = parsed[i];
            std::int64_t targetId = 0, runId = 0;
            switch (p.targetKind) {
            case TargetKind::Example:
                resolve.checkDataset(p);
                targetId = p.example;
                break;
            case TargetKind::Slice:
                targetId = resolve.slice(p);
                break;
            case TargetKind::GeneratedSample: {
                runId = resolve.run(p);
                bool added = false;
                targetId = resolve.generatedSample(p, runId, &added);
                report.samplesCreated += added ? 1 : 0;
                break;
            }
            }
            if (p.kind == AnnotationKind::Label) {
                const auto ours = detail::currentLabel(impl, p.targetKind, targetId, p.author);
                if (ours && ours->value == p.value) {
                    ++report.skipped;
                    continue;
                }
                if (ours) {
                    report.conflicts.push_back({i, p.targetKind, targetId,
                                                describeTarget(p, targetId, runId), p.author,
                                                ours->value, p.value});
                    continue;
                }
            } else if (detail::hasAnnotation(impl, p.targetKind, targetId, p.author, p.kind,
                                             p.value)) {
                ++report.skipped;
                continue;
            }
            AnnotationRecord r;
            r.targetKind = p.targetKind;
            r.targetId = targetId;
            r.author = p.author;
            r.kind = p.kind;
            r.value = p.value;
            detail::insertAnnotation(impl, r, p.created.value_or(now));
            ++report.added;
        }
        tx.commit();
        return report;
    });
}

ImportReport importAnnotationsFromFile(Project& project, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput(path + ": cannot be read");
    std::stringstream text;
    text << in.rdbuf();
    json doc;
    try {
        doc = json::parse(text.str());
    } catch (const json::parse_error& e) {
        throwBadInput(path + ": not a JSON file (" + e.what() + ")");
    }
    try {
        return importAnnotations(project, doc);
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::BadInput)
            throwBadInput(path + ": " + e.what());
        throw;
    }
}

} // namespace fl::store
