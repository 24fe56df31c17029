// Running a method into a project: auxiliary models are trained once through the model cache
// and loaded afterwards, reach the method's run, and the result is stored with the dataset and
// model rows the project already has.
#include "core/common/error.h"
#include "core/methods/result_codec.h"
#include "core/nn/classifier.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/method_run.h"
#include "core/workflows/project_inputs.h"
#include "tiny_fixture.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fl;
using namespace fl::methods;

namespace {

// A method that needs an auxiliary model: one slice of the examples its extractor gets wrong.
class NeedsExtractor : public AnalysisMethod {
public:
    MethodInfo info() const override {
        MethodInfo i;
        i.id = "needs-extractor";
        i.title = "Needs an extractor";
        return i;
    }
    std::vector<ParameterSpec> parameters() const override {
        return {intParam("epochs", "Epochs", 1, 1, 5, "of the extractor")};
    }
    std::vector<AuxiliaryModel> auxiliaryModels(const ParameterValues& v) const override {
        AuxiliaryModel a;
        a.role = "extractor";
        a.recipe.train.epochs = v.toInt("epochs");
        a.recipe.train.batchSize = 16;
        a.recipe.train.seed = 9;
        a.recipe.train.device = "cpu";
        a.recipe.keyByData = true;
        return {a};
    }
    MethodResult run(const MethodInput& in, const Progress&, const CancelToken&) const override {
        const auto it = in.auxiliary.find("extractor");
        if (it == in.auxiliary.end() || !it->second)
            throwBadInput("needs-extractor: its extractor was not prepared");
        MethodResult r;
        r.method = r.kind = "needs-extractor";
        r.split = "val";
        RankedSlice s;
        s.name = "all";
        for (auto p : in.dataset->indicesOf(data::Split::Val))
            s.memberIds.push_back(in.dataset->ids[std::size_t(p)]);
        s.stats.size = std::int64_t(s.memberIds.size());
        s.extra = {{"extractor_classes", it->second->numClasses()}};
        r.slices.push_back(s);
        return r;
    }
};

} // namespace

class TestWorkflowsMethodRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        qputenv("FAULTLINE_CACHE_DIR", m_tmp.filePath("cache").toUtf8());
    }

    void auxiliaryModelsTrainOnceThenLoad() {
        test::TinyFixture f;
        NeedsExtractor m;
        MethodInput in;
        in.dataset = &f.d;
        in.model = &f.c;
        in.parameters = resolveParameters("needs-extractor", m.parameters(), {});
        QCOMPARE(workflows::prepareAuxiliaryModels(m, in), std::vector<std::string>{"extractor"});
        QVERIFY(in.auxiliary.at("extractor"));
        MethodInput again = in;
        again.auxiliary.clear();
        QVERIFY(workflows::prepareAuxiliaryModels(m, again).empty()); // from the cache
        QCOMPARE(again.auxiliary.at("extractor")->numClasses(), test::kC);
        // Another recipe is another model.
        again.auxiliary.clear();
        again.parameters = resolveParameters("needs-extractor", m.parameters(), {{"epochs", "2"}});
        QCOMPARE(workflows::prepareAuxiliaryModels(m, again).size(), std::size_t(1));

        // Into a project: the auxiliary model reaches run(), the result is stored with the
        // project's dataset and model rows.
        const std::string path = m_tmp.filePath("p.faultline").toStdString();
        workflows::ProjectInputs ids;
        {
            store::Project p = store::Project::create(path);
            ids = workflows::ensureProjectInputs(p, f.d, "", f.c, "/models/tiny.flmodel");
            const auto same =
                workflows::ensureProjectInputs(p, f.d, "", f.c, "/models/tiny.flmodel");
            QCOMPARE(same.datasetId, ids.datasetId);
            QCOMPARE(same.modelId, ids.modelId);
        }
        MethodInput fresh = in;
        fresh.auxiliary.clear();
        const auto r = workflows::runMethodIntoProject(path, m, fresh, ids);
        QVERIFY(r.runId > 0);
        store::Project p = store::Project::open(path);
        const auto run = store::RunRepo(p).get(r.runId);
        QCOMPARE(run->datasetId, ids.datasetId);
        QCOMPARE(run->modelId, ids.modelId);
        const auto back = loadResult(p, r.runId);
        QCOMPARE(back.slices[0].extra.at("extractor_classes").get<int>(), test::kC);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsMethodRun)
#include "test_workflows_method_run.moc"
