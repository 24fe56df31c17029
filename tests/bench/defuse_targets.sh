#!/usr/bin/env bash
# Defuse's targets (issue 12) on MNIST or Fashion-MNIST, end to end through the CLI: the model
# under test (small-cnn), an annotator of another architecture (resnet) and 4 noisy copies of it
# labelling every region's samples through the annotation API, then correction (Defuse's D_f and
# the paper's baseline of the identified mistakes). Everything lands in WORK as JSON.
#   tests/bench/defuse_targets.sh BUILD_DIR WORK [DATASET] [LAMBDAS]
# FL_THREADS=N caps the compute threads (run it alone on a small machine: see docs/defuse.md).
set -euo pipefail
build=${1:?build dir}
work=${2:?work dir}
dataset=${3:-mnist}
lambdas=${4:-1e-10,1e-4,1e-2,1,10,100}
cli="$build/app/faultline-cli"
threads=(--threads "${FL_THREADS:-0}")
mkdir -p "$work"
t() { /usr/bin/time -f "%e s, %M KB max RSS" "$@"; }

[ -f "$work/model.pt" ] || t "$cli" "${threads[@]}" train --dataset "$dataset" --arch small-cnn --epochs 2 \
    --seed 1 --out "$work/model.pt"
[ -f "$work/annotator.pt" ] || t "$cli" "${threads[@]}" train --dataset "$dataset" --arch resnet --epochs 5 \
    --seed 2 --out "$work/annotator.pt"
"$cli" "${threads[@]}" evaluate --dataset "$dataset" --model "$work/annotator.pt" --split test --json \
    > "$work/annotator_eval.json"
# Each stage is skipped when its output exists: delete WORK to start again.
if [ ! -s "$work/defuse.json" ]; then
    rm -rf "$work/p.faultline"*
    "$cli" "${threads[@]}" project create "$work/p.faultline" --dataset "$dataset" --model "$work/model.pt"
    t "$cli" "${threads[@]}" --json run defuse --project "$work/p.faultline" > "$work/defuse.json"
fi
# The annotator and four copies with 10–30% label noise.
noise=(0 0.1 0.15 0.2 0.3)
for i in 0 1 2 3 4; do
    [ -s "$work/annotate$i.json" ] && continue
    "$cli" "${threads[@]}" --json defuse-annotate "$work/p.faultline" --annotator-model "$work/annotator.pt" \
        --author "sim$i" --label-noise "${noise[$i]}" --seed "$i" > "$work/annotate$i.json"
done
t "$cli" "${threads[@]}" --json defuse-correct "$work/p.faultline" --lambdas "$lambdas" > "$work/correct.json"
t "$cli" "${threads[@]}" --json defuse-correct "$work/p.faultline" --lambdas "$lambdas" --baseline \
    > "$work/baseline.json"
python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
d = json.load(open(f"{w}/defuse.json"))
c = json.load(open(f"{w}/correct.json"))
b = json.load(open(f"{w}/baseline.json"))
a = json.load(open(f"{w}/annotator_eval.json"))
i = d["identification"]
print(f"identification: {i['images']} images, {i['decoded']} decoded in {i['seconds']:.1f} s "
      f"= {i['decoded_per_second']:.0f}/s, {i['mistakes']} mistakes")
m = d["distillation"]
print(f"distillation: {m['codes_fitted']} codes, {m['iterations']} iterations, "
      f"{m['seconds']:.1f} s, {m['candidate_regions']} candidate regions")
print(f"annotator test accuracy: {a.get('accuracy')}")
print(f"confirmed regions {c['misclassification_regions']} of {c['labelled_regions']}, "
      f"agreement {c['agreement']:.3f} (in regions {c['sample_agreement_in_regions']:.3f}, "
      f"outside {c['sample_agreement_outside']:.3f})")
for name, r in (("Defuse", c), ("baseline", b)):
    k = r["correction"]
    print(f"{name}: before test {k['before']['test_accuracy']:.4f} region "
          f"{k['before']['region_accuracy']:.4f}; chosen λ {k['chosen']['lambda']}: test "
          f"{k['chosen']['test_accuracy']:.4f} region {k['chosen']['region_accuracy']:.4f}")
    for l in k["lambdas"]:
        print(f"   λ {l['lambda']:g}: test {l['test_accuracy']:.4f} region {l['region_accuracy']:.4f}")
PY
