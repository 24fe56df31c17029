// Parameters as data and the registry: defaults, presets, types, ranges and conditions resolved
// with errors that name the parameter; the registered methods, their run kinds and benchmark
// entries; the JSON the CLI's `methods --json` prints.
#include "core/common/error.h"
#include "core/methods/method_registry.h"
#include "core/methods/parameter.h"
#include <QtTest>
#include <clocale>
#include <nlohmann/json.hpp>

using namespace fl;
using namespace fl::methods;

namespace {

std::vector<ParameterSpec> specs() {
    auto k = intParam("k", "K", 20, 1, 100, "slices");
    k.quickValue = "10";
    k.paperValue = "25";
    k.onlyWithout = "rule";
    auto a = doubleParam("accuracy", "A", 0.4, 0, 1, "threshold");
    a.onlyWith = "rule";
    a.paperValue = "0.4";
    a.referenceValue = "0.5";
    return {k, boolParam("rule", "Rule", false, "recursive"), a,
            choiceParam("ranking", "Order", "accuracy", {"accuracy", "errors"}, "order")};
}

// The message of the BadInput that f throws ("" when it throws none).
template <class F> std::string badInput(F f) {
    try {
        f();
    } catch (const Error& e) {
        return e.kind() == ErrorKind::BadInput ? e.what() : "not BadInput";
    }
    return {};
}

} // namespace

class TestMethodsParameters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndPresets() {
        const auto v = resolveParameters("m", specs(), {});
        QCOMPARE(v.toInt("k"), 20);
        QCOMPARE(v.toDouble("accuracy"), 0.4);
        QCOMPARE(v.toBool("rule"), false);
        QCOMPARE(v.text("ranking"), std::string("accuracy"));
        QCOMPARE(v.all().size(), std::size_t(4)); // every declared parameter present
        QCOMPARE(resolveParameters("m", specs(), {}, Preset::Quick).toInt("k"), 10);
        QCOMPARE(resolveParameters("m", specs(), {}, Preset::Paper).toInt("k"), 25);
        // A given value wins over the preset.
        QCOMPARE(resolveParameters("m", specs(), {{"k", "7"}}, Preset::Paper).toInt("k"), 7);
    }

    void valuesAreCanonical() {
        const auto v = resolveParameters("m", specs(), {{"rule", "1"}, {"accuracy", "0.25"}});
        QCOMPARE(v.text("rule"), std::string("true"));
        QCOMPARE(v.toDouble("accuracy"), 0.25);
    }

    void badValuesNameTheParameter() {
        const auto s = specs();
        auto msg = badInput([&] { resolveParameters("m", s, {{"k", "0"}}); });
        QVERIFY2(msg.find("'k'") != std::string::npos &&
                     msg.find("between 1 and 100") != std::string::npos,
                 msg.c_str());
        msg = badInput([&] { resolveParameters("m", s, {{"k", "2.5"}}); });
        QVERIFY2(msg.find("whole number") != std::string::npos, msg.c_str());
        msg = badInput([&] { resolveParameters("m", s, {{"ranking", "size"}}); });
        QVERIFY2(msg.find("accuracy, errors") != std::string::npos, msg.c_str());
        msg = badInput([&] { resolveParameters("m", s, {{"rule", "maybe"}}); });
        QVERIFY2(msg.find("true or false") != std::string::npos, msg.c_str());
        msg = badInput([&] { resolveParameters("m", s, {{"kk", "3"}}); });
        QVERIFY2(msg.find("unknown parameter 'kk'") != std::string::npos &&
                     msg.find("known: k, rule, accuracy, ranking") != std::string::npos,
                 msg.c_str());
        msg = badInput([&] { resolveParameters("m", s, {{"accuracy", "nan"}}); });
        QVERIFY2(msg.find("expects a number") != std::string::npos, msg.c_str());
    }

    // The window runs under the user's C locale (Qt sets it): a German one must not turn "0.4"
    // into an error or 0.
    void numbersIgnoreTheLocale() {
        const char* old = std::setlocale(LC_NUMERIC, nullptr);
        const std::string saved = old ? old : "C";
        const bool german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
        const auto v = resolveParameters("m", specs(), {{"rule", "true"}, {"accuracy", "0.25"}});
        std::setlocale(LC_NUMERIC, saved.c_str());
        QCOMPARE(v.toDouble("accuracy"), 0.25);
        if (!german)
            qInfo("de_DE.UTF-8 is not installed here; checked under the C locale only");
    }

    void conditionsHold() {
        const auto s = specs();
        QVERIFY(!badInput([&] { resolveParameters("m", s, {{"accuracy", "0.3"}}); }).empty());
        QVERIFY(badInput([&] {
                    resolveParameters("m", s, {{"accuracy", "0.3"}, {"rule", "true"}});
                }).empty());
        QVERIFY(!badInput([&] {
                     resolveParameters("m", s, {{"k", "3"}, {"rule", "true"}});
                 }).empty());
    }

    void overridesApplyOnlyToDeclaredNames() {
        const auto s = specs();
        const auto base = resolveParameters("m", s, {});
        const auto v = applyOverrides("m", s, base, {{"k", "6"}, {"p", "200"}});
        QCOMPARE(v.toInt("k"), 6);
        QVERIFY(!v.has("p"));
        QVERIFY(!badInput([&] { applyOverrides("m", s, base, {{"k", "-1"}}); }).empty());
    }

    void registryListsTheBuiltInMethods() {
        const auto& r = MethodRegistry::instance();
        std::vector<std::string> ids;
        for (const auto* m : r.all())
            ids.push_back(m->info().id);
        QCOMPARE(ids, (std::vector<std::string>{"infembed", "barlow", "directions", "defuse",
                                                "confidence", "confusion", "embedding-kmeans",
                                                "domino"}));
        QCOMPARE(r.forRunKind("infembed-rule"), r.find("infembed"));
        QVERIFY(!r.forRunKind("evaluation"));
        const auto msg = badInput([&] { r.get("contexts"); });
        QVERIFY2(msg.find("known: infembed, barlow, directions, defuse, confidence, "
                          "confusion, embedding-kmeans, domino") != std::string::npos,
                 msg.c_str());
        std::vector<std::string> entries;
        for (const auto& e : r.benchmarkEntries())
            entries.push_back(e.name);
        QCOMPARE(entries, (std::vector<std::string>{"infembed", "infembed-block", "infembed-rule",
                                                    "barlow", "directions", "defuse", "confidence",
                                                    "confusion", "embedding-kmeans", "domino"}));
        // Every method's defaults and presets are valid values of its own parameters, and
        // every benchmark variant names only declared parameters.
        for (const auto* m : r.all())
            for (Preset p : {Preset::Default, Preset::Quick, Preset::Paper})
                resolveParameters(m->info().id, m->parameters(), {}, p);
        for (const auto& e : r.benchmarkEntries())
            resolveParameters(e.name, e.method->parameters(), e.parameters);
    }

    void registryJson() {
        const auto j = MethodRegistry::instance().toJson();
        QVERIFY(j.at("methods").is_array());
        const auto& infembed = j["methods"][0];
        QCOMPARE(infembed["id"].get<std::string>(), std::string("infembed"));
        QVERIFY(!infembed["paper"].get<std::string>().empty());
        bool sawP = false;
        for (const auto& p : infembed["parameters"]) {
            for (const char* key : {"name", "type", "default", "help"})
                QVERIFY2(p.contains(key), key);
            if (p["name"] == "p") {
                sawP = true;
                QCOMPARE(p["paper"].get<std::string>(), std::string("500"));
                QCOMPARE(p["reference"].get<std::string>(), std::string("200"));
                QCOMPARE(p["type"].get<std::string>(), std::string("int"));
            }
        }
        QVERIFY(sawP);
    }
};

QTEST_GUILESS_MAIN(TestMethodsParameters)
#include "test_methods_parameters.moc"
