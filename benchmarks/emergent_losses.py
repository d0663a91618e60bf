"""Round 15 of issue 12: on the named dev sets, ours against every true-k baseline at the true
k and at OUR k (is it k or the assignment?), and with --tables the contingency tables of ours
(random state 0) and of the best baseline against the gold topics, with each note's text.

    python benchmarks/emergent_losses.py --only velkaneuvonta,pysakointi [--seeds 3] [--tables]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_k  # noqa: E402
import emergent_sets  # noqa: E402


def _table(name: str, truth: list[str], labels: list[int], texts: list[str]) -> None:
    print(f"  -- {name}")
    for cluster in sorted(set(labels)):
        rows = [i for i, label in enumerate(labels) if label == cluster]
        topics = Counter(truth[i] for i in rows)
        print(f"    [{cluster}] {len(rows)}: {dict(topics.most_common())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", required=True, help="comma-separated parts of set names")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--tables", action="store_true")
    args = parser.parse_args()
    data = emergent_sets.sib_folder(parser, None)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    wanted = args.only.split(",")
    for stem in emergent_k.DEV_FILES:
        for name, rows in emergent_sets.data_sets(
            data, ROOT / "benchmarks" / "data" / f"{stem}.csv"
        ):
            if name.startswith("sib200") or not any(w in name for w in wanted):
                continue
            if not name.startswith(emergent_sets.heldout_name(Path(stem))):
                continue
            docs, texts, truth = bench.lemma_docs(rows, analyzer)
            seeds = ThemeSettings().consensus_seeds
            runs = [bench._ours(docs, texts, cache, s, seeds) for s in range(args.seeds)]
            ours = float(np.mean([normalized_mutual_info_score(truth, r[0]) for r in runs]))
            true_k = len(set(truth))
            our_k = runs[0][1]
            at_true = bench._baselines(docs, true_k, cache)
            at_ours = bench._baselines(docs, our_k, cache)
            print(f"{name}: n {len(rows)}, true k {true_k}, our k {[r[1] for r in runs]}")
            print(f"  ours {ours:.3f}")
            for method, labels in at_true.items():
                print(
                    f"  {method:<11} true k {normalized_mutual_info_score(truth, labels):.3f}"
                    f"  our k ({our_k}) {normalized_mutual_info_score(truth, at_ours[method]):.3f}"
                )
            if args.tables:
                _table("ours, random state 0 (-1 = muu)", truth, runs[0][0], texts)
                best = max(at_true, key=lambda m: normalized_mutual_info_score(truth, at_true[m]))
                _table(f"{best}, true k", truth, at_true[best], texts)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
