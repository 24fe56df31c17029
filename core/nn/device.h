// Where and how wide torch computes: CPU or CUDA, and the per-thread intra-op thread count.
// LibTorch's thread count is per OS thread: every worker thread that runs torch work must call
// setComputeThreads() itself (a new thread does not inherit what main() set).
#pragma once
#include <string>

namespace fl::nn {

// Sets the calling thread's intra-op thread count (at::set_num_threads); n <= 0 means the
// hardware concurrency.
void setComputeThreads(int n);
// The calling thread's intra-op thread count.
int computeThreads();

bool cudaAvailable();
// Resolves a device setting: "auto" → "cuda" when available else "cpu"; "cpu"; "cuda" (throws
// BadInput when CUDA is not available). Anything else → BadInput naming the value.
std::string resolveDevice(const std::string& setting);

// Measured float32 matrix-multiply speed of this machine (GFLOP/s) on the calling thread's
// thread count: an n×n×n torch::mm, best of `repeats`. The arithmetic floor of a workload is
// its FLOPs divided by this.
double matmulGflops(int n = 1024, int repeats = 10);

} // namespace fl::nn
