#!/usr/bin/env python3
"""Times Debian's python3-sklearn on what bench_trees analyses (its --dump DIR): per class and
grouping, mutual_info_classif(n_neighbors=3) for the top-20 features, then
DecisionTreeClassifier(criterion='entropy', class_weight={0: 1, 1: n_correct/n_fail},
max_depth=3, random_state=0). Usage: /usr/bin/python3 reference_barlow_sklearn.py DIR"""
import sys
import time

import numpy as np
from sklearn.feature_selection import mutual_info_classif
from sklearn.tree import DecisionTreeClassifier

d = sys.argv[1]
labels = np.fromfile(f"{d}/labels.i32", dtype=np.int32)
predictions = np.fromfile(f"{d}/predictions.i32", dtype=np.int32)
x = np.fromfile(f"{d}/x.f32", dtype=np.float32).reshape(len(labels), -1)
for name, group in (("label", labels), ("prediction", predictions)):
    t0 = time.perf_counter()
    for c in range(10):
        m = group == c
        fail = (labels[m] != predictions[m]).astype(int)
        if fail.sum() == 0:
            continue
        mi = mutual_info_classif(x[m], fail, n_neighbors=3, random_state=0)
        top = np.argsort(-mi, kind="stable")[:20]
        w = {0: 1.0, 1: float((fail == 0).sum()) / float(fail.sum())}
        DecisionTreeClassifier(criterion="entropy", class_weight=w, max_depth=3,
                               random_state=0).fit(x[m][:, top], fail)
    print(f"sklearn {name} grouping: {time.perf_counter() - t0:.3f} s")
