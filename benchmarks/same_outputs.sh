#!/bin/bash
# A refactor's check (style177): everything `run` writes on corpus/ and the summary clinics of
# rounds 101-106, and the privacy benchmark's figures, for one tree; compare two trees' OUTs
# with benchmarks/same_outputs.py. TREE holds src/, models/, pipelines/, benchmarks/privacy.py
# and tests/privacy/privacy_cases.py (a `git archive` of another commit will do); DATA is the
# checkout whose corpus/ and benchmarks/data are read.
# usage: bash benchmarks/same_outputs.sh TREE OUTDIR [DATA]
TREE=$1; OUT=$2; DATA=${3:-$(cd "$(dirname "$0")/.." && pwd)}
mkdir -p $OUT
export PYTHONPATH=$TREE/src
PY=${PYTHON:-python}
cd $TREE
$PY -m muistiinpanot run $DATA/corpus --out $OUT/corpus -q > $OUT/corpus.log 2>&1
for n in 101 102 103 104 105 106; do
  $PY -m muistiinpanot run $DATA/benchmarks/data/summary_heldout$n/corpus --out $OUT/s$n -q > $OUT/s$n.log 2>&1
done
$PY benchmarks/privacy.py --heldout $DATA/benchmarks/data/privacy_heldout10{1..6}.csv --mode both --no-speed > $OUT/privacy.txt 2>&1
echo done > $OUT/DONE
