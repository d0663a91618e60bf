#!/usr/bin/env bash
# The blind measurement of one held-out round, as the README's Quality section reports it:
#   bash benchmarks/blind_round.sh N [TREE]
# runs, on the code of TREE (default: this checkout) with its benchmarks/data holding round N,
# the round-18 commands of docs/measurements.md in turn: personal data (both modes, misses),
# seeded themes (`muistiinpanot evaluate`), the summary against the references, the emergent
# step against the true-k baselines, and meeting chatter. PYTHON (default: this checkout's
# .venv) is the interpreter; TREE's src/ goes first on PYTHONPATH, so a git worktree measures
# its own code. ../shared/data/sib200-fi must sit beside TREE (emergent.py reads it).
set -uo pipefail
N="${1:?usage: bash benchmarks/blind_round.sh N [TREE]}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
TREE="$(cd "${2:-$HERE}" && pwd)"
PY="${PYTHON:-$HERE/.venv/bin/python}"
cd "$TREE"
export PYTHONPATH="$TREE/src"
echo "=== round $N on $(git rev-parse --short HEAD 2>/dev/null || echo '?') $(date -u +%H:%M:%S)"
echo "--- privacy"
"$PY" benchmarks/privacy.py --heldout "benchmarks/data/privacy_heldout$N.csv" --mode both \
  --misses --no-speed
echo "--- seeded"
"$PY" -m muistiinpanot evaluate "benchmarks/data/seeded_heldout$N.csv"
echo "--- summary"
"$PY" benchmarks/summary_quality.py --corpus "benchmarks/data/summary_heldout$N/corpus" \
  --references "benchmarks/data/summary_heldout$N/references"
echo "--- emergent"
"$PY" benchmarks/emergent.py --seeds 1 --data ../shared/data/sib200-fi \
  --heldout "benchmarks/data/emergent_heldout$N.csv" --sets "emergent_heldout$N"
echo "--- chatter"
"$PY" benchmarks/chatter.py "benchmarks/data/chatter_heldout$N.csv"
echo "=== end round $N $(date -u +%H:%M:%S)"
