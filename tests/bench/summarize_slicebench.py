#!/usr/bin/env python3
"""Summarises a slicebench sweep (tests/bench/slicebench_sweep.sh OUT): per dataset and task,
the mean over seeds of each method's precision@10 (top 3 slices, validation), its test-split
confirmation, the F1 of its best slice and its seconds, whether the plant bites (error inside
the ground truth at least twice the error outside and 10 points above it, as
workflows::plantBites), and the issue's target for InfEmbed: mean
precision@10 >= 0.8 and not more than 0.05 below either baseline where the plant bites.
Then, per group and method, the mean precision@10 over seeds with a 95% percentile-bootstrap
interval (seeds resampled, 10 000 times, fixed RNG seed) and a paired comparison with the group's
best baseline (confidence, confusion, embedding-kmeans or domino) on the same seeds: wins / ties /
losses and the mean difference with its interval (issue #14 item 4). Each group also shows what
the label-only slices score (the ground truth's class and the largest confusion cell, by loss):
a task they already solve says little about the methods (issue #14 item 3).
Usage: summarize_slicebench.py OUT  (prints Markdown)
       summarize_slicebench.py --probe OUT  (tests/bench/slicebench_probe.sh output: means per
       dataset, task, K, D and ranking)
"""
import glob
import json
import os
import random
import sys
from collections import defaultdict

BASELINES = ("confidence", "confusion", "embedding-kmeans", "domino")
BOOTSTRAP = 10000  # resamples of the seeds for the 95% intervals
INFEMBED = ("infembed", "infembed-block", "infembed-rule")


def plant_bites(r):
    inside, outside = r["error_inside"], r["error_outside"]
    return inside > 0 and inside >= 2 * outside and inside - outside >= 0.10 - 1e-12


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def bootstrap_interval(values, rng):
    """Mean and 95% percentile-bootstrap interval of `values` (one per seed), seeds resampled
    with replacement."""
    if not values:
        return float("nan"), float("nan"), float("nan")
    means = sorted(mean([rng.choice(values) for _ in values]) for _ in range(BOOTSTRAP))
    return mean(values), means[int(0.025 * BOOTSTRAP)], means[int(0.975 * BOOTSTRAP) - 1]


def statistics(groups, methods, pk):
    """Per group and method: mean precision@k over seeds with its bootstrap interval; each
    method paired with the group's best baseline on the same seeds (wins / ties / losses, mean
    difference with its interval). Only runs where the plant bites count."""
    rng = random.Random(0)
    print("\n## Means over seeds with 95% bootstrap intervals (runs where the plant bites)\n")
    print("| dataset | task | fraction | seeds | method | p@10 mean [95%] | test p@10 mean [95%] | "
          "vs best baseline: W/T/L | mean difference [95%] |")
    print("|---" * 9 + "|")
    for key in sorted(groups):
        # One run per seed (the last file read wins where a folder holds repeats).
        runs = sorted((r for _, r in groups[key] if plant_bites(r)), key=lambda r: r["seed"])
        if not runs:
            continue
        per = {m: {r["seed"]: r["methods"][m][pk] for r in runs if m in r["methods"]}
               for m in methods}
        bases = [b for b in BASELINES if per.get(b)]
        best = max(bases, key=lambda b: mean(list(per[b].values()))) if bases else None
        for m in methods:
            if not per[m]:
                continue
            v = list(per[m].values())
            t = list({r["seed"]: r["methods"][m]["test_" + pk]
                      for r in runs if m in r["methods"]}.values())
            mu, lo, hi = bootstrap_interval(v, rng)
            tmu, tlo, thi = bootstrap_interval(t, rng)
            paired = "–"
            diff = "–"
            if best and m != best:
                seeds = sorted(set(per[m]) & set(per[best]))
                d = [per[m][s] - per[best][s] for s in seeds]
                w = sum(x > 1e-9 for x in d)
                l = sum(x < -1e-9 for x in d)
                paired = f"{w}/{len(d) - w - l}/{l} vs {best}"
                dm, dlo, dhi = bootstrap_interval(d, rng)
                diff = f"{dm:+.2f} [{dlo:+.2f}, {dhi:+.2f}]"
            print(f"| {key[0]} | {key[1]} | {key[2]} | {len(v)} | {m} | "
                  f"{mu:.2f} [{lo:.2f}, {hi:.2f}] | {tmu:.2f} [{tlo:.2f}, {thi:.2f}] | "
                  f"{paired} | {diff} |")


def trivial_cell(runs, pk):
    """Mean precision@k of the label-only slices over the runs that scored them."""
    out = []
    for name in ("class", "cell"):
        vals = [t[pk] for r in runs for t in r.get("trivial", []) if t["name"] == name]
        out.append(f"{mean(vals):.2f}" if vals else "–")
    return " / ".join(out)


def probe(folder):
    groups = defaultdict(list)
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path) as f:
            r = json.load(f)
        ms = r["method_settings"]
        key = (r["dataset"], r["task"], int(ms["clusters"]), int(ms["embedding_dim"]),
               ms.get("ranking", "accuracy"))
        groups[key].append(r)
    methods = ("infembed", "embedding-kmeans", "confidence")
    pk = "precision_at_10"
    print("| dataset | task | K | D | ranking | runs | " +
          " | ".join(f"{m} p@10 per seed (test) / mean" for m in methods) + " |")
    print("|---" * (6 + len(methods)) + "|")
    for key in sorted(groups, key=lambda k: (k[0], k[1], -k[2], k[3], k[4])):
        runs = sorted(groups[key], key=lambda r: r["seed"])
        cells = []
        for m in methods:
            vals = [r["methods"][m] for r in runs if m in r["methods"]]
            per = " ".join(f"{v[pk]:.1f} ({v['test_' + pk]:.1f})" for v in vals)
            cells.append(f"{per} / **{mean([v[pk] for v in vals]):.2f}**")
        print(f"| {key[0]} | {key[1]} | {key[2]} | {key[3]} | {key[4]} | {len(runs)} | " +
              " | ".join(cells) + " |")


def main():
    if sys.argv[1] == "--probe":
        probe(sys.argv[2])
        return
    folder = sys.argv[1]
    groups = defaultdict(list)
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path) as f:
            r = json.load(f)
        frac = r["task_params"].get("fraction", "")
        groups[(r["dataset"], r["task"], frac)].append((os.path.basename(path), r))
    pk = "precision_at_10"
    methods = []
    for runs in groups.values():
        for _, r in runs:
            for m in r["methods"]:
                if m not in methods:
                    methods.append(m)

    print("## Runs\n")
    print("| run | class | val acc | error in / out | bites | " +
          " | ".join(f"{m} p@10 (test) F1" for m in methods) + " |")
    print("|---" * (5 + len(methods)) + "|")
    for key in sorted(groups):
        for name, r in groups[key]:
            bites = plant_bites(r)
            cells = []
            for m in methods:
                s = r["methods"].get(m)
                cells.append("-" if s is None else
                             f"{s[pk]:.1f} ({s['test_' + pk]:.1f}) {s['f1']:.2f}")
            print(f"| {name[:-5]} | {r['task_params'].get('class', '')} | "
                  f"{r['model_accuracy']:.3f} | {r['error_inside']:.2f} / "
                  f"{r['error_outside']:.2f} | {'yes' if bites else 'NO'} | " +
                  " | ".join(cells) + " |")

    print("\n## Means over seeds (runs where the plant bites)\n")
    print("| dataset | task | fraction | runs | trivial class / cell p@10 | " +
          " | ".join(f"{m} p@10 / test / F1 / s" for m in methods) + " | InfEmbed target |")
    print("|---" * (6 + len(methods)) + "|")
    verdicts = []
    for key in sorted(groups):
        runs = [r for _, r in groups[key] if plant_bites(r)]
        if not runs:
            print(f"| {key[0]} | {key[1]} | {key[2]} | 0 of {len(groups[key])} bite |")
            continue
        means = {}
        cells = []
        for m in methods:
            vals = [r["methods"][m] for r in runs if m in r["methods"]]
            means[m] = (mean([v[pk] for v in vals]), mean([v["test_" + pk] for v in vals]))
            cells.append(f"{means[m][0]:.2f} / {means[m][1]:.2f} / "
                         f"{mean([v['f1'] for v in vals]):.2f} / "
                         f"{mean([v['seconds'] for v in vals]):.1f}")
        verdict = []
        for m in INFEMBED:
            if m not in means:
                continue
            best_base = max(means[b][0] for b in BASELINES if b in means)
            best_base_t = max(means[b][1] for b in BASELINES if b in means)
            ok = (means[m][0] >= 0.8 and means[m][0] >= best_base - 0.05 and
                  means[m][1] >= 0.8 and means[m][1] >= best_base_t - 0.05)
            verdict.append(f"{m}: {'met' if ok else 'MISSED'}")
            verdicts.append(ok)
        print(f"| {key[0]} | {key[1]} | {key[2]} | {len(runs)} | {trivial_cell(runs, pk)} | " +
              " | ".join(cells) + f" | {'; '.join(verdict)} |")
    print(f"\nTarget met in {sum(verdicts)} of {len(verdicts)} (method, group) cells.")
    statistics(groups, methods, pk)


if __name__ == "__main__":
    main()
