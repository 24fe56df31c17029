// LibTorch's intra-op thread count is per thread (an OpenMP setting): each worker sets its own.
// These wrappers keep torch headers out of everything but torch_threads.cpp.
#pragma once

namespace fl::jobs {

// Sets the calling thread's LibTorch (OpenMP) thread count; n <= 0 means defaultTorchThreads().
void setTorchThreads(int n);
// The calling thread's LibTorch thread count (at::get_num_threads()).
int currentTorchThreads();
// std::thread::hardware_concurrency(), at least 1.
int defaultTorchThreads();

} // namespace fl::jobs
