#!/usr/bin/python3
"""The built-in small-cnn in Debian's PyTorch (python3-torch 1.13), timed like bench_inference:
inference with embeddings over all 70 000 Fashion-MNIST images.

Run with Debian's interpreter (the pyenv python3 first on PATH has no torch):
    /usr/bin/python3 tests/bench/reference_pytorch.py [--threads N]
Prints seconds for (a) PyTorch defaults (NCHW, batch 256, the default thread count) and
(b) channels-last, batch 256, N threads (default: all cores), plus the arithmetic floor.
"""
import argparse
import gzip
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

FMNIST = os.environ.get("FAULTLINE_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")


class SmallCnn(nn.Module):
    """Same layers as core/nn/networks.cpp SmallCnn."""

    def __init__(self, in_channels=1, height=28, width=28, classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.fc = nn.Linear(64 * (height // 4) * (width // 4), 128)
        self.head = nn.Linear(128, classes)

    def forward(self, x):
        maps = F.relu(self.conv2(F.max_pool2d(F.relu(self.conv1(x)), 2)))
        h = F.relu(self.fc(F.max_pool2d(maps, 2).flatten(1)))
        return self.head(h), h


def load_images():
    parts = []
    for name in ("train-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz"):
        with gzip.open(os.path.join(FMNIST, name)) as f:
            raw = np.frombuffer(f.read(), dtype=np.uint8, offset=16)
        parts.append(raw.reshape(-1, 1, 28, 28))
    return torch.from_numpy(np.concatenate(parts).astype(np.float32) / 255.0)


def run(model, images, batch, channels_last):
    logits_out, emb_out = [], []
    with torch.inference_mode():
        start = time.perf_counter()
        for i in range(0, len(images), batch):
            x = images[i:i + batch]
            if channels_last:
                x = x.contiguous(memory_format=torch.channels_last)
            logits, h = model(x)
            probs = torch.softmax(logits, 1)  # what infer() also returns
            logits_out.append(logits)
            emb_out.append(h)
        torch.cat(logits_out), torch.cat(emb_out), probs
        return time.perf_counter() - start


def flops_per_image(h=28, w=28, c=1, classes=10):
    macs = h * w * 32 * c * 9 + (h // 2) * (w // 2) * 64 * 32 * 9 + 64 * (h // 4) * (w // 4) * 128 + 128 * classes
    return 2.0 * macs


def sgemm_gflops(n=1024, repeats=10):
    a, b = torch.rand(n, n), torch.rand(n, n)
    torch.mm(a, b)
    best = min(_timed(lambda: torch.mm(a, b)) for _ in range(repeats))
    return 2.0 * n ** 3 / best / 1e9


def _timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=os.cpu_count())
    args = p.parse_args()
    images = load_images()
    torch.manual_seed(0)
    model = SmallCnn().eval()
    print(f"reference_pytorch torch={torch.__version__} n={len(images)}")

    default_threads = torch.get_num_threads()
    run(model, images[:512], 256, False)  # warm-up
    s = run(model, images, 256, False)
    print(f"  defaults (NCHW, batch 256, threads={default_threads}): {s:.3f} s, {len(images) / s:.0f} examples/s")

    torch.set_num_threads(args.threads)
    model_cl = model.to(memory_format=torch.channels_last)
    run(model_cl, images[:512], 256, True)
    s = run(model_cl, images, 256, True)
    print(f"  channels-last, batch 256, threads={torch.get_num_threads()}: {s:.3f} s, {len(images) / s:.0f} examples/s")

    g = sgemm_gflops()
    floor = flops_per_image() * len(images) / (g * 1e9)
    print(f"  sgemm 1024^3: {g:.1f} GFLOP/s; network {flops_per_image() / 1e6:.2f} MFLOP/image; "
          f"arithmetic floor {floor:.3f} s")


if __name__ == "__main__":
    main()
