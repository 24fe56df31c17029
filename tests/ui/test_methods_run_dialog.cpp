// The run form generated from a method's declared parameters: a field per parameter with its
// default and range, groups and the folded Advanced section, presets, onlyWith conditions,
// splits, memory of the last accepted form, and refusal of values the core rejects.
#include "core/methods/analysis_method.h"
#include "core/methods/method_registry.h"
#include "ui/methods/method_run_dialog.h"
#include "ui/settings/settings.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>
#include <cmath>

using namespace fl;
using namespace fl::ui;
using Values = MethodRunDialog::Values;

namespace {

const MethodRunDialog::SplitSizes kSizes{600, 100, 100};

const methods::AnalysisMethod& method(const char* id) {
    return methods::MethodRegistry::instance().get(id);
}

QPushButton* okButton(MethodRunDialog& d) {
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

// A method whose declared range is finer than the form's three decimals, and a text field: the
// form can hold a value the core refuses.
class FineMethod : public methods::AnalysisMethod {
public:
    methods::MethodInfo info() const override {
        methods::MethodInfo i;
        i.id = "test-fine";
        i.title = "Fine";
        i.summary = "A test method";
        return i;
    }
    std::vector<methods::ParameterSpec> parameters() const override {
        auto rate = methods::doubleParam("rate", "Rate", 0.5, 0.0001, 1, "A rate above zero");
        methods::ParameterSpec note;
        note.name = "note";
        note.title = "Note";
        note.type = methods::ParamType::Text;
        note.defaultValue = "hello";
        note.group = "Extra";
        return {rate, note};
    }
    methods::MethodResult run(const methods::MethodInput&, const Progress&,
                              const CancelToken&) const override {
        return {};
    }
};

// A method without parameters: the form offers the split alone.
class BareMethod : public methods::AnalysisMethod {
public:
    methods::MethodInfo info() const override {
        methods::MethodInfo i;
        i.id = "test-bare";
        i.title = "Bare";
        i.summary = "A test method without parameters";
        return i;
    }
    std::vector<methods::ParameterSpec> parameters() const override { return {}; }
    methods::MethodResult run(const methods::MethodInput&, const Progress&,
                              const CancelToken&) const override {
        return {};
    }
};

} // namespace

class TestMethodsRunDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every string a registered method shows in the window is listed for lupdate (so it can be
    // translated), as translations/method_strings.py writes it.
    void methodStringsAreListedForTranslation() {
        QFile f(QStringLiteral(FAULTLINE_FIXTURES "/../../ui/methods/method_strings.cpp"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString listed = QString::fromUtf8(f.readAll());
        const auto quoted = [](const std::string& s) {
            QString q = QString::fromStdString(s);
            q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            q.replace(QLatin1Char('"'), QStringLiteral("\\\""));
            return QLatin1Char('"') + q + QLatin1Char('"');
        };
        for (const auto* m : fl::methods::MethodRegistry::instance().all()) {
            const auto info = m->info();
            std::vector<std::string> strings{info.title, info.summary};
            for (const auto& p : m->parameters()) {
                strings.push_back(p.title);
                strings.push_back(p.help);
                if (!p.group.empty())
                    strings.push_back(p.group);
            }
            for (const auto& s : strings)
                QVERIFY2(listed.contains(quoted(s)),
                         qPrintable(QStringLiteral("not in method_strings.cpp (run "
                                                   "translations/method_strings.py): ") +
                                    QString::fromStdString(s)));
        }
    }

    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_methods_run_dialog"));
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    // Every registered method: one field per parameter, named by it, holding the default, with
    // the declared range; nothing remembered yet, so the Default preset.
    void aFieldPerParameter() {
        for (const methods::AnalysisMethod* m : methods::MethodRegistry::instance().all()) {
            MethodRunDialog d(*m, kSizes);
            const auto specs = m->parameters();
            const Values given = d.given();
            QCOMPARE(given.size(), specs.size());
            QCOMPARE(d.preset(), methods::Preset::Default);
            QVERIFY(!d.isCustom());
            for (const auto& p : specs) {
                const QString name = QString::fromStdString(p.name);
                QWidget* field = d.findChild<QWidget*>(name);
                QVERIFY2(field, qPrintable(name));
                switch (p.type) {
                case methods::ParamType::Int: {
                    auto* s = qobject_cast<QSpinBox*>(field);
                    QVERIFY2(s, qPrintable(name));
                    QCOMPARE(QString::number(s->value()), QString::fromStdString(p.defaultValue));
                    if (p.min)
                        QCOMPARE(s->minimum(), int(*p.min));
                    if (p.max)
                        QCOMPARE(s->maximum(), int(*p.max));
                    break;
                }
                case methods::ParamType::Double: {
                    auto* s = qobject_cast<QDoubleSpinBox*>(field);
                    QVERIFY2(s, qPrintable(name));
                    // The default shows exactly: 3 decimals, more for a finer default
                    // (Domino's variance floor 1e-6 gets 6), so it round-trips unchanged.
                    QCOMPARE(s->value(), std::stod(p.defaultValue));
                    QCOMPARE(given.at(p.name),
                             QString::number(std::stod(p.defaultValue), 'g', 12).toStdString());
                    const double v = std::abs(std::stod(p.defaultValue));
                    const int expected =
                        v == 0.0 || v >= 1e-3 * 0.999 ? 3 : int(std::ceil(-std::log10(v)));
                    QCOMPARE(s->decimals(), std::max(3, expected));
                    // A finer minimum (directions' tolerance, 1e-8) is rounded to the field's
                    // decimals; a value below it is refused inline (badValueIsRefusedInline).
                    const double scale = std::pow(10.0, s->decimals());
                    if (p.min)
                        QCOMPARE(s->minimum(), std::round(*p.min * scale) / scale);
                    if (p.max)
                        QCOMPARE(s->maximum(), *p.max);
                    break;
                }
                case methods::ParamType::Bool:
                    QVERIFY2(qobject_cast<QCheckBox*>(field), qPrintable(name));
                    QCOMPARE(given.at(p.name), p.defaultValue);
                    break;
                case methods::ParamType::Choice: {
                    auto* c = qobject_cast<QComboBox*>(field);
                    QVERIFY2(c, qPrintable(name));
                    QCOMPARE(c->count(), int(p.choices.size()));
                    QCOMPARE(given.at(p.name), p.defaultValue);
                    break;
                }
                case methods::ParamType::Text:
                    QVERIFY2(qobject_cast<QLineEdit*>(field), qPrintable(name));
                    break;
                }
                QVERIFY2(field->toolTip().contains(QString::fromStdString(p.help)),
                         qPrintable(name));
            }
            QVERIFY(d.validationError().isEmpty());
        }
    }

    void groupsTooltipsAndAdvanced() {
        MethodRunDialog inf(method("infembed"), kSizes);
        QStringList titles;
        for (auto* box : inf.findChildren<QGroupBox*>())
            titles << box->title();
        for (const char* g : {"Influence", "Slices", "Opponents"})
            QVERIFY2(titles.contains(QString::fromLatin1(g)), qPrintable(titles.join(u',')));
        // InfEmbed's K-means iterations and seed are advanced: folded away like K-means's.
        auto* infAdvanced = inf.findChild<QGroupBox*>(QStringLiteral("advancedGroup"));
        QVERIFY(inf.findChild<QToolButton*>(QStringLiteral("advancedToggle")) && infAdvanced);
        QVERIFY(infAdvanced->isAncestorOf(inf.findChild<QSpinBox*>(QStringLiteral("iterations"))));
        QVERIFY(!infAdvanced->isAncestorOf(inf.findChild<QSpinBox*>(QStringLiteral("p"))));
        const QString tip = inf.findChild<QSpinBox*>(QStringLiteral("p"))->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Paper: 500")) &&
                     tip.contains(QStringLiteral("Reference code: 200")),
                 qPrintable(tip));

        // K-means: ungrouped parameters under "Settings", iterations and seed folded away.
        MethodRunDialog km(method("embedding-kmeans"), kSizes);
        titles.clear();
        for (auto* box : km.findChildren<QGroupBox*>())
            titles << box->title();
        QVERIFY(titles.contains(QStringLiteral("Settings")));
        auto* toggle = km.findChild<QToolButton*>(QStringLiteral("advancedToggle"));
        auto* advanced = km.findChild<QGroupBox*>(QStringLiteral("advancedGroup"));
        QVERIFY(toggle && advanced);
        QVERIFY(advanced->isAncestorOf(km.findChild<QSpinBox*>(QStringLiteral("iterations"))));
        QVERIFY(advanced->isAncestorOf(km.findChild<QSpinBox*>(QStringLiteral("kmeans-seed"))));
        QVERIFY(!advanced->isAncestorOf(km.findChild<QSpinBox*>(QStringLiteral("k"))));
        QVERIFY(advanced->isHidden());
        toggle->click();
        QVERIFY(!advanced->isHidden());
    }

    void presetsFillTheFields() {
        MethodRunDialog d(method("infembed"), kSizes);
        auto* combo = d.findChild<QComboBox*>(QStringLiteral("runPreset"));
        auto* p = d.findChild<QSpinBox*>(QStringLiteral("p"));
        auto* dim = d.findChild<QSpinBox*>(QStringLiteral("d"));
        QVERIFY(combo && p && dim);
        QCOMPARE(combo->count(), 4); // Default, Quick, Paper, Custom
        combo->setCurrentIndex(combo->findData(int(methods::Preset::Paper)));
        QCOMPARE(p->value(), 500);
        QCOMPARE(dim->value(), 100);
        QCOMPARE(d.preset(), methods::Preset::Paper);
        combo->setCurrentIndex(combo->findData(int(methods::Preset::Quick)));
        QCOMPARE(p->value(), 100);
        QCOMPARE(dim->value(), 30);
        QCOMPARE(d.findChild<QSpinBox*>(QStringLiteral("k"))->value(), 20); // K costs no time
        // Editing a field makes the form Custom; given() still names every value.
        p->setValue(321);
        QVERIFY(d.isCustom());
        QCOMPARE(combo->currentText(), QStringLiteral("Custom"));
        QCOMPARE(d.given().at("p"), std::string("321"));
        d.setPreset(methods::Preset::Paper);
        QVERIFY(!d.isCustom());
        QCOMPARE(p->value(), 500);
        // Restore Defaults goes back to the declared defaults.
        d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(p->value(), 200);
        QCOMPARE(dim->value(), 50);
        QCOMPARE(d.preset(), methods::Preset::Default);

        // No paper or quick values, no Paper or Quick entry.
        MethodRunDialog km(method("embedding-kmeans"), kSizes);
        auto* kmCombo = km.findChild<QComboBox*>(QStringLiteral("runPreset"));
        QCOMPARE(kmCombo->findData(int(methods::Preset::Paper)), -1);
        QCOMPARE(kmCombo->findData(int(methods::Preset::Quick)), -1);
    }

    // InfEmbed's rule thresholds apply only with the rule, K only without it.
    void onlyWithDisablesFields() {
        MethodRunDialog d(method("infembed"), kSizes);
        auto* rule = d.findChild<QCheckBox*>(QStringLiteral("rule"));
        auto* accuracy = d.findChild<QDoubleSpinBox*>(QStringLiteral("accuracy"));
        auto* k = d.findChild<QSpinBox*>(QStringLiteral("k"));
        QVERIFY(rule && accuracy && k);
        QVERIFY(!rule->isChecked());
        QVERIFY(!accuracy->isEnabled());
        QVERIFY(!d.findChild<QSpinBox*>(QStringLiteral("min-size"))->isEnabled());
        QVERIFY(k->isEnabled());
        rule->setChecked(true);
        QVERIFY(accuracy->isEnabled());
        QVERIFY(!k->isEnabled());
        // What does not apply is left out of what the core resolves, so the form still runs.
        QVERIFY(d.validationError().isEmpty());
        const auto specs = method("infembed").parameters();
        QVERIFY(!MethodRunDialog::applicable(specs, d.given()).count("k"));
        QVERIFY(MethodRunDialog::applicable(specs, d.given()).count("accuracy"));
        rule->setChecked(false);
        QVERIFY(!accuracy->isEnabled());
        QVERIFY(!MethodRunDialog::applicable(specs, d.given()).count("accuracy"));
    }

    void givenRoundTripsAndIsRemembered() {
        const Values unusual{{"layers", "block"},  {"p", "321"},
                             {"d", "77"},          {"hessian-subset", "1234"},
                             {"seed", "99"},       {"k", "13"},
                             {"rule", "true"},     {"accuracy", "0.55"},
                             {"min-size", "12"},   {"branching", "4"},
                             {"max-depth", "5"},   {"ranking", "errors"},
                             {"opponents", "9"},   {"iterations", "40"},
                             {"kmeans-seed", "7"}, {"member-ranking", "inner-product"}};
        {
            MethodRunDialog d(method("infembed"), kSizes);
            d.setGiven(unusual);
            QCOMPARE(d.given(), unusual);
            QVERIFY(d.isCustom());
            d.setSplit(data::Split::Test);
            QCOMPARE(d.split(), data::Split::Test);
            okButton(d)->click();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        MethodRunDialog next(method("infembed"), kSizes);
        QCOMPARE(next.given(), unusual);
        QCOMPARE(next.split(), data::Split::Test);
        QCOMPARE(Settings::methodParameters(QStringLiteral("infembed")).value(QStringLiteral("p")),
                 QVariant(QStringLiteral("321")));
        // Another method's memory is its own.
        MethodRunDialog km(method("embedding-kmeans"), kSizes);
        QCOMPARE(km.given().at("k"), std::string("20"));
        QCOMPARE(km.split(), data::Split::Val);
    }

    // A value the core refuses keeps the dialog open and says why, naming the parameter.
    void badValueIsRefusedInline() {
        FineMethod fine;
        MethodRunDialog d(fine, kSizes);
        auto* rate = d.findChild<QDoubleSpinBox*>(QStringLiteral("rate"));
        auto* note = d.findChild<QLineEdit*>(QStringLiteral("note"));
        QVERIFY(rate && note);
        QCOMPARE(note->text(), QStringLiteral("hello"));
        rate->setValue(0.0); // the form's three decimals reach 0; the declared range does not
        QCOMPARE(d.given().at("rate"), std::string("0"));
        okButton(d)->click();
        QVERIFY(d.result() != int(QDialog::Accepted));
        auto* error = d.findChild<QLabel*>(QStringLiteral("validationError"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("'rate'")), qPrintable(error->text()));
        QVERIFY(Settings::methodParameters(QStringLiteral("test-fine")).isEmpty());
        // Editing clears the message; a valid value runs.
        rate->setValue(0.25);
        QVERIFY(error->isHidden());
        okButton(d)->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void noParametersStillChoosesTheSplit() {
        const BareMethod bare;
        MethodRunDialog d(bare, kSizes);
        QVERIFY(d.given().empty());
        QVERIFY(!d.findChild<QComboBox*>(QStringLiteral("runPreset")));
        QVERIFY(!d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults));
        auto* split = d.findChild<QComboBox*>(QStringLiteral("runSplit"));
        QVERIFY(split);
        QCOMPARE(split->count(), 3);
        QVERIFY(split->itemText(0).contains(QStringLiteral("100")));
        okButton(d)->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    // An empty split cannot be chosen; the form starts on the first one that has examples.
    void emptySplitsAreDisabled() {
        const BareMethod bare;
        MethodRunDialog d(bare, {50, 0, 20});
        auto* split = d.findChild<QComboBox*>(QStringLiteral("runSplit"));
        auto* model = qobject_cast<QStandardItemModel*>(split->model());
        QVERIFY(!model->item(split->findData(int(data::Split::Val)))->isEnabled());
        QCOMPARE(d.split(), data::Split::Test);
        QVERIFY(d.validationError().isEmpty());
        d.setSplit(data::Split::Val);
        QCOMPARE(d.split(), data::Split::Test);
    }
};

QTEST_MAIN(TestMethodsRunDialog)
#include "test_methods_run_dialog.moc"
