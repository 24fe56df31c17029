#!/usr/bin/env bash
# The slice benchmark over rare / correlation / noisy × Fashion-MNIST / MNIST × 5 seeds, plus the
# weaker correlation plant (fraction 0.6): one JSON per run in OUT (runs already there are kept,
# so an interrupted sweep resumes); summarize with tests/bench/summarize_slicebench.py OUT.
# Usage: [SEEDS="1 2 3 4 5"] [WEAK_TASKS="correlation noisy"] [METHODS=all] [REUSE=1] [EXTRA=...]
#        tests/bench/slicebench_sweep.sh CLI OUT [EPOCHS] [THREADS]
# (METHODS: a comma list for --methods; REUSE=1 adds --reuse-model, so a second sweep over the
# same plants trains nothing; EXTRA: more slicebench arguments, e.g. "--set
# infembed.member-ranking=inner-product" to measure a knob side by side.)
# (fraction 0.6 weakens correlation (default 1.0) and strengthens noisy (default 0.3 flipped).)
set -euo pipefail
cli=${1:?faultline-cli path}
out=${2:?output folder}
epochs=${3:-4}
threads=${4:-2}
mkdir -p "$out"
# The planted class changes with the seed so that no result rests on one class.
classOf=(0 2 5 8 1 7)
run() { # dataset task seed fraction(or -)
    local ds=$1 task=$2 seed=$3 frac=$4 cls=${classOf[$3]}
    local name="${ds}_${task}_s${seed}${frac:+_f$frac}"
    [[ -s "$out/$name.json" ]] && return 0
    local extra=()
    [[ -n "$frac" ]] && extra+=(--fraction "$frac")
    [[ "${REUSE:-0}" == 1 ]] && extra+=(--reuse-model)
    read -r -a more <<<"${EXTRA:-}"
    extra+=("${more[@]}")
    # noisy flips a subclass to the next superclass by default (issue #14 item 3).
    echo "$(date +%T) $name" >&2
    if "$cli" --threads "$threads" slicebench --dataset "$ds" --task "$task" --class "$cls" \
        --seed "$seed" --epochs "$epochs" --methods "${METHODS:-all}" --json "${extra[@]}" \
        >"$out/$name.tmp" 2>"$out/$name.log"; then
        mv "$out/$name.tmp" "$out/$name.json"
    else
        echo "  failed: see $out/$name.log" >&2
    fi
}
# Seed by seed, so that a sweep cut short still covers every task and dataset.
for seed in ${SEEDS:-1 2 3 4 5}; do
    for ds in fashion-mnist mnist; do
        for task in correlation rare noisy; do run "$ds" "$task" "$seed" ""; done
    done
    for ds in fashion-mnist mnist; do
        for task in ${WEAK_TASKS:-correlation}; do run "$ds" "$task" "$seed" 0.6; done
    done
done
