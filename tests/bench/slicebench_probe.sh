#!/usr/bin/env bash
# The knob probe behind docs/infembed.md: K × D × ranking for last-layer InfEmbed and the two
# baselines on chosen (dataset task seed) cases, each model trained once and reused from the cache.
# Usage: [CASES="fashion-mnist:correlation:1 mnist:rare:2"] [KS="20 10"] [DS="50 25 100"]
#        [RANKINGS="accuracy errors"] tests/bench/slicebench_probe.sh CLI OUT [EPOCHS] [THREADS]
# One JSON per setting in OUT (existing ones are kept, so a cut-short probe resumes); summarise
# with tests/bench/summarize_slicebench.py --probe OUT.
set -euo pipefail
cli=${1:?faultline-cli path}
out=${2:?output folder}
epochs=${3:-4}
threads=${4:-2}
mkdir -p "$out"
classOf=(0 2 5 8) # the sweep's planted class per seed
for case in ${CASES:-fashion-mnist:correlation:1 fashion-mnist:correlation:2 \
    fashion-mnist:correlation:3 mnist:rare:1 mnist:rare:2 mnist:rare:3}; do
    IFS=: read -r ds task seed <<<"$case"
    for k in ${KS:-20 10}; do
        for d in ${DS:-50 25 100}; do
            for ranking in ${RANKINGS:-accuracy errors}; do
                name="${ds}_${task}_s${seed}_K${k}_D${d}_${ranking}"
                [[ -s "$out/$name.json" ]] && continue
                echo "$(date +%T) $name" >&2
                if "$cli" --threads "$threads" slicebench --dataset "$ds" --task "$task" \
                    --class "${classOf[$seed]}" --seed "$seed" --epochs "$epochs" \
                    --methods infembed,embedding-kmeans,confidence --clusters "$k" --d "$d" \
                    --ranking "$ranking" --reuse-model --json >"$out/$name.tmp" \
                    2>"$out/$name.log"; then
                    mv "$out/$name.tmp" "$out/$name.json"
                else
                    echo "  failed: see $out/$name.log" >&2
                fi
            done
        done
    done
done
