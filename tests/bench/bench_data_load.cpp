// Times loading the named datasets (Fashion-MNIST, MNIST when installed): best and median wall
// time of a few loads, plus what was loaded, so regressions in the IDX path show up.
#include "core/common/error.h"
#include "core/data/named_datasets.h"
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    std::printf("bench_data_load: %d repeats, hardware threads %u (the loader uses 2: train and "
                "test image files inflate in parallel)\n",
                repeats, std::thread::hardware_concurrency());
    for (const auto& name : fl::data::namedDatasets()) {
        std::vector<double> seconds;
        try {
            for (int r = 0; r < repeats; ++r) {
                const auto t0 = std::chrono::steady_clock::now();
                const auto d = fl::data::loadNamedDataset(name);
                const auto t1 = std::chrono::steady_clock::now();
                seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
                if (r == 0)
                    std::printf("%s: %lld examples (%zu train / %zu val / %zu test), %dx%dx%d\n",
                                name.c_str(), static_cast<long long>(d.size()),
                                d.indicesOf(fl::data::Split::Train).size(),
                                d.indicesOf(fl::data::Split::Val).size(),
                                d.indicesOf(fl::data::Split::Test).size(), d.channels, d.height,
                                d.width);
            }
        } catch (const fl::Error& e) {
            std::printf("%s: skipped (%s)\n", name.c_str(), e.what());
            continue;
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("%s: load best %.3f s, median %.3f s\n", name.c_str(), seconds.front(),
                    seconds[seconds.size() / 2]);
    }
    return 0;
}
