#!/usr/bin/env python3
"""Times Debian's python3-sklearn on what bench_directions fits (its --reference DIR): per class,
for each C of logspace(-6, 0, 7), SVC(kernel='linear', class_weight='balanced') scored by the mean
balanced accuracy over StratifiedKFold(2, shuffle=False), then a refit at the best C (the paper's
reference code; GridSearchCV's choice of the first best). Best of 5 runs, wall and CPU time (libsvm is single-threaded).
Usage: /usr/bin/python3 reference_directions_sklearn.py DIR"""
import sys
import time

import numpy as np
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC

d = sys.argv[1]
labels = np.fromfile(f"{d}/labels.i32", dtype=np.int32)
predictions = np.fromfile(f"{d}/predictions.i32", dtype=np.int32)
z = np.fromfile(f"{d}/z.f32", dtype=np.float32).reshape(len(labels), -1)
grid = np.logspace(-6, 0, 7)


def fit_all():
    out = {}
    for c in range(10):
        m = labels == c
        x, y = z[m], (predictions[m] == c).astype(int)
        if y.min() == y.max() or min(y.sum(), len(y) - y.sum()) < 2:
            continue
        scores = []
        for cc in grid:
            s = []
            for tr, te in StratifiedKFold(2, shuffle=False).split(x, y):
                svm = SVC(kernel="linear", C=cc, class_weight="balanced").fit(x[tr], y[tr])
                s.append(balanced_accuracy_score(y[te], svm.predict(x[te])))
            scores.append(np.mean(s))
        best = int(np.argmax(scores))
        SVC(kernel="linear", C=grid[best], class_weight="balanced").fit(x, y)
        out[c] = (grid[best], scores[best])
    return out


best = cpu = 1e9
for _ in range(5):
    t0, c0 = time.perf_counter(), time.process_time()
    r = fit_all()
    best = min(best, time.perf_counter() - t0)
    cpu = min(cpu, time.process_time() - c0)
for c, (cc, s) in sorted(r.items()):
    print(f"class {c}: C {cc:g} strength {s:.10f}")
print(f"sklearn seconds {best:.4f}")
print(f"sklearn CPU seconds {cpu:.4f}")
