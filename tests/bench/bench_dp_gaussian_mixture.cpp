// The Dirichlet-process Gaussian mixture at the size: 50 000 × 10 points from 12 seeded
// Gaussians, K = 100, default options (own k-means initialisation included in the time); --small
// for 10 000 points. The same points go to tests/bench/reference_dp_gmm_sklearn.py, which times
// python3-sklearn's BayesianGaussianMixture on them (one core) in the same run, when sklearn
// imports; printed: both times and iteration counts, the ratio, kept components and the ARI
// between the two labellings. --threads N (0: every core), --dir DIR for the files,
// --no-reference to skip sklearn. --project P.faultline fits instead the codes its newest Defuse
// run fitted (the same seeded subset, options and seed: the iterations must equal the run's) and
// matches the kept means with sklearn's one to one (Hungarian assignment, in the script).
#include "core/cluster/dp_gaussian_mixture.h"
#include "core/methods/defuse_method.h"
#include "core/methods/result_codec.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

double secondsSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// 12 Gaussians in d dimensions with random centres, shapes and sizes; row-major n×d.
Eigen::MatrixXd gaussians(int n, int d, int clusters, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::vector<double> share(static_cast<std::size_t>(clusters));
    double total = 0.0;
    for (int c = 0; c < clusters; ++c)
        total += share[std::size_t(c)] = 1.0 + 0.25 * c;
    std::vector<Eigen::VectorXd> centres;
    std::vector<Eigen::MatrixXd> shapes;
    for (int c = 0; c < clusters; ++c) {
        Eigen::VectorXd centre(d);
        for (int j = 0; j < d; ++j)
            centre(j) = 6.0 * normal(rng);
        Eigen::MatrixXd a(d, d);
        for (int i = 0; i < d; ++i)
            for (int j = 0; j < d; ++j)
                a(i, j) = 0.25 * normal(rng);
        a.diagonal().array() += 0.6 + 0.08 * c;
        centres.push_back(centre);
        shapes.push_back(a);
    }
    Eigen::MatrixXd x(n, d);
    std::uniform_real_distribution<double> u(0.0, total);
    for (int i = 0; i < n; ++i) {
        double pick = u(rng);
        int c = 0;
        while (c + 1 < clusters && pick >= share[std::size_t(c)])
            pick -= share[std::size_t(c++)];
        Eigen::VectorXd z(d);
        for (int j = 0; j < d; ++j)
            z(j) = normal(rng);
        x.row(i) = (centres[std::size_t(c)] + shapes[std::size_t(c)] * z).transpose();
    }
    return x;
}

double adjustedRand(const std::vector<int>& a, const std::vector<int>& b) {
    std::map<std::pair<int, int>, double> cells;
    std::map<int, double> rows, cols;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ++cells[{a[i], b[i]}];
        ++rows[a[i]];
        ++cols[b[i]];
    }
    const auto pairs = [](double n) { return n * (n - 1.0) / 2.0; };
    double index = 0.0, sumRows = 0.0, sumCols = 0.0;
    for (const auto& [key, n] : cells)
        index += pairs(n);
    for (const auto& [key, n] : rows)
        sumRows += pairs(n);
    for (const auto& [key, n] : cols)
        sumCols += pairs(n);
    const double expected = sumRows * sumCols / pairs(double(a.size()));
    const double top = 0.5 * (sumRows + sumCols);
    return top == expected ? 1.0 : (index - expected) / (top - expected);
}

} // namespace

int main(int argc, char** argv) {
    bool small = false, reference = true;
    std::string project;
    int threads = 0;
    std::string dir = (std::filesystem::temp_directory_path() / "bench_dp_gmm").string();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--small") == 0)
            small = true;
        else if (std::strcmp(argv[i], "--no-reference") == 0)
            reference = false;
        else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (std::strcmp(argv[i], "--project") == 0 && i + 1 < argc)
            project = argv[++i];
    }
    int n = small ? 10000 : 50000, d = 10;
    const int clusters = 12;
    Eigen::MatrixXd x;
    fl::cluster::DpGmmOptions o;
    o.threads = threads;
    double minWeight = 0.01;
    int runIterations = -1;
    if (project.empty()) {
        x = gaussians(n, d, clusters, 2024);
        std::printf("data: %d × %d from %d Gaussians", n, d, clusters);
    } else {
        auto p = fl::store::Project::open(project);
        const auto id = fl::methods::latestRun(p, {"defuse"});
        if (!id) {
            std::printf("%s has no Defuse run\n", project.c_str());
            return 1;
        }
        const auto run = fl::methods::loadResult(p, *id);
        const auto codes = fl::store::arrayMatrix(run.arrays.at("defuse_codes"), "codes");
        const auto& s = run.settings;
        const auto rows =
            fl::methods::distilledCodeRows(codes.rows(), std::stoll(s.at("max-codes")), run.seed);
        n = int(rows.size());
        d = int(codes.cols());
        x.resize(n, d);
        for (int i = 0; i < n; ++i)
            x.row(i) = codes.row(rows[std::size_t(i)]).cast<double>();
        o.components = std::min(std::stoi(s.at("components")), n);
        o.maxIterations = std::stoi(s.at("max-iterations"));
        o.tolerance = std::stod(s.at("tolerance"));
        o.regCovar = std::stod(s.at("reg-covar"));
        o.weightConcentrationPrior = std::stod(s.at("weight-concentration"));
        o.seed = run.seed;
        minWeight = std::stod(s.at("min-weight"));
        runIterations = std::stoi(s.at("mixture_iterations"));
        std::printf("data: %d of the %lld codes Defuse run #%lld found (%d-d)", n,
                    static_cast<long long>(codes.rows()), static_cast<long long>(*id), d);
    }
    std::printf("; K %d, tol %g, max %d iterations; threads %d\n", o.components, o.tolerance,
                o.maxIterations, threads > 0 ? threads : int(std::thread::hardware_concurrency()));

    const auto t0 = std::chrono::steady_clock::now();
    const auto c0 = std::clock();
    const fl::cluster::DpGmmModel m = fl::cluster::fitDpGmm(x, o);
    const double seconds = secondsSince(t0);
    const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    const auto kept = fl::cluster::keptComponents(m, minWeight);
    std::printf(
        "faultline: %.3f s wall (%.3f s CPU), %d iterations%s, %.2f ms/iteration, kept %zu, "
        "lower bound %.4f\n",
        seconds, cpu, m.iterations, m.converged ? "" : " (not converged)",
        1e3 * seconds / std::max(1, m.iterations), kept.size(), m.lowerBound);
    if (runIterations >= 0)
        std::printf("the run's own fit: %d iterations (%s)\n", runIterations,
                    runIterations == m.iterations ? "the same" : "DIFFERENT");

    if (!reference)
        return 0;
    if (std::system("/usr/bin/python3 -c 'import sklearn' 2>/dev/null") != 0) {
        std::printf("python3-sklearn does not import: no reference\n");
        return 0;
    }
    std::filesystem::create_directories(dir);
    {
        std::ofstream out(dir + "/data.bin", std::ios::binary);
        const std::int64_t shape[2] = {n, d};
        out.write(reinterpret_cast<const char*>(shape), sizeof shape);
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = x;
        out.write(reinterpret_cast<const char*>(rows.data()),
                  std::streamsize(sizeof(double) * rows.size()));
    }
    // __FILE__ is as the compiler was given it: relative to the build folder, two levels above
    // this program (build/tests/bench/), or absolute.
    std::filesystem::path source = __FILE__;
    if (source.is_relative())
        source = std::filesystem::read_symlink("/proc/self/exe").parent_path() / "../.." / source;
    const std::string script =
        (source.lexically_normal().parent_path() / "reference_dp_gmm_sklearn.py").string();
    std::string ours;
    if (!project.empty()) {
        // The kept means for the one-to-one matching in the script.
        ours = dir + "/faultline_means.bin";
        std::ofstream out(ours, std::ios::binary);
        const std::int64_t shape[2] = {std::int64_t(kept.size()), d};
        out.write(reinterpret_cast<const char*>(shape), sizeof shape);
        for (int c : kept) {
            const Eigen::RowVectorXd mean = m.means.row(c);
            out.write(reinterpret_cast<const char*>(mean.data()),
                      std::streamsize(sizeof(double) * d));
        }
    }
    const std::string cmd = "/usr/bin/python3 " + script + " " + dir + "/data.bin " + ours + " > " +
                            dir + "/sklearn.json";
    std::printf("running %s\n", cmd.c_str());
    std::fflush(stdout);
    if (std::system(cmd.c_str()) != 0) {
        std::printf("the reference failed\n");
        return 1;
    }
    std::ifstream in(dir + "/sklearn.json");
    const nlohmann::json r = nlohmann::json::parse(in);
    const double sk = r["seconds"].get<double>();
    const int skIter = r["n_iter"].get<int>();
    std::vector<int> skLabels(static_cast<std::size_t>(n));
    std::ifstream(r["labels"].get<std::string>(), std::ios::binary)
        .read(reinterpret_cast<char*>(skLabels.data()), std::streamsize(sizeof(int) * n));
    std::printf("sklearn: %.3f s wall (%.3f s CPU), %d iterations%s, %.2f ms/iteration, kept %d, "
                "lower bound %.4f\n",
                sk, r["cpu_seconds"].get<double>(), skIter,
                r["converged"].get<bool>() ? "" : " (not converged)",
                1e3 * sk / std::max(1, skIter), r["kept"].get<int>(),
                r["lower_bound"].get<double>());
    std::printf("ratio sklearn / faultline: %.1f× (per iteration %.1f×)\n", sk / seconds,
                (sk / std::max(1, skIter)) / (seconds / std::max(1, m.iterations)));
    std::printf("ARI between the labellings: %.4f; kept %zu vs %d\n",
                adjustedRand(m.labels, skLabels), kept.size(), r["kept"].get<int>());
    if (r.contains("matched_distances")) {
        const auto dist = r["matched_distances"].get<std::vector<double>>();
        std::printf("kept means matched one to one (Hungarian): %zu pairs, distance median %.3f, "
                    "max %.3f; sklearn's means lie %.3f apart (median nearest other)\n",
                    dist.size(), dist.empty() ? 0.0 : dist[dist.size() / 2],
                    dist.empty() ? 0.0 : dist.back(), r["sklearn_spread"].get<double>());
    }
}
