"""Round 26 of issue 12: which clusters dissolve-bare (extra_variants.py) would dissolve,
read against gold before it is measured (docs/how-it-works.md, "Emergent themes,
emergent26"). On every clinic-sized dev set and random state, each cluster of what a run
gives (the consensus, then the coherence test) is caught when most of its notes are in a
consensus cluster the detector flags; each is read as emergent_extra.py reads it: a gold
topic's main cluster (a real theme) or, if not, mixed / two-left / side / no-main. Printed:
caught over all reads, and over the losing reads (below the best true-k baseline with k over
the truth: emergent_extra.py's list).

    python benchmarks/extra_bare_check.py [--seeds 3] [--only NAME] [--json OUT] [--spread]

`--spread`: the flags of dissolve-spread instead (a topic word holds only when spread over at
least half of the clusters).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes.emergent import agreement_clusters
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
from emergent_extra import read_cluster  # noqa: E402
from emergent_kinds import main_clusters  # noqa: E402
from emergent_refine import _batch, best_baseline, coherent_labels, dev_sets  # noqa: E402
from extra_variants import bare_flags  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--only", default="")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--spread", action="store_true", help="dissolve-spread's flags")
    args = parser.parse_args()
    args.data = bench.sib_folder(parser, args.data)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    out: list[dict[str, object]] = []
    for name, rows in dev_sets(args.data, sib=False, only=args.only):
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        best, _ = best_baseline(docs, truth, cache)
        for seed in range(args.seeds):
            out += _read(name, docs, truth, cache, seed, best, args.spread)
    _summary(out)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


def _read(
    name: str,
    docs: list[tuple[str, ...]],
    truth: list[str],
    cache: VectorCache,
    seed: int,
    best: float,
    spread: bool = False,
) -> list[dict[str, object]]:
    batch = _batch(docs, truth, cache, seed)
    found = agreement_clusters(batch.agreement, batch.settings)
    flagged = set(bare_flags(batch, spread))
    final = coherent_labels(batch, found)
    nmi = float(normalized_mutual_info_score(truth, final))
    k, true_k = int(final.max()) + 1, len(set(truth))
    losing = nmi < best and k > true_k
    consensus = {row: int(found[i]) for i, row in enumerate(batch.usable)}
    mains = set(main_clusters(truth, [int(x) for x in final]).values())
    records = []
    for cluster in range(k):
        rows = np.flatnonzero(final == cluster).tolist()
        behind = Counter(consensus.get(r, -1) for r in rows).most_common(1)[0][0]
        kind, text = ("main", "") if cluster in mains else read_cluster(truth, final, cluster)
        records.append(
            {
                "set": name,
                "seed": seed,
                "losing": losing,
                "size": len(rows),
                "kind": kind,
                "topics": text,
                "caught": behind in flagged,
            }
        )
        if behind in flagged:
            print(f"{name} seed {seed}: caught {kind} ({len(rows)}) {text}", flush=True)
    return records


def _summary(out: list[dict[str, object]]) -> None:
    for title, rows in (("all reads", out), ("losing reads", [r for r in out if r["losing"]])):
        kinds = sorted({str(r["kind"]) for r in rows})
        text = ", ".join(
            f"{kind} {sum(1 for r in rows if r['kind'] == kind and r['caught'])}"
            f" / {sum(1 for r in rows if r['kind'] == kind)}"
            for kind in kinds
        )
        print(f"{title}: caught / clusters  {text}", flush=True)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
