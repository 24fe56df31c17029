#include "core/jobs/torch_threads.h"
#include <ATen/Parallel.h> // the one cheap torch header fl_jobs needs
#include <algorithm>
#include <thread>

namespace fl::jobs {

void setTorchThreads(int n) {
    at::set_num_threads(n > 0 ? n : defaultTorchThreads());
}

int currentTorchThreads() {
    return at::get_num_threads();
}

int defaultTorchThreads() {
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

} // namespace fl::jobs
