"""Round 31 of issue 12: where what a run gives loses to plain k-means of mean lemma vectors
given the true k, per clinic-sized dev set (emergent_k.DEV_FILES; dev rounds only).

    python benchmarks/emergent_vs_kmeans.py [--seeds 1] [--only NAME] [--json OUT]

For each set and random state, one consensus (emergent_refine's batch) and these reads, each
NMI against gold (muu counted as one cluster):

  ours        what a run gives: the cut, the word step, the coherence test
  cut         the cut and the word step alone (no coherence test; the cut's leftovers muu)
  muu-back    ours with every muu note joined to the cluster it agrees with most in the
              co-association (no threshold): what the muu costs
  km-true     k-means (10 inits) of mean lemma vectors at the TRUE k (the baseline)
  km-ours     the same at OUR k (k found, muu not counted): the space at our k
  best        the best true-k baseline of benchmarks/emergent.py

A set where km-ours beats ours loses by the representation (the same k, a better space);
where km-ours does not but km-true does, by k (the cut); where muu-back reaches km-true, by
the muu. Prints per set and the counts of each over the sets below the best baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes.emergent import NOISE
from muistiinpanot.vectorize import VectorCache, embed_docs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_refine as refine  # noqa: E402
import emergent_sets  # noqa: E402
from refine_variants import Batch, _main  # noqa: E402


def _muu_back(batch: Batch, final: np.ndarray) -> np.ndarray:
    """`final` (all rows) with each muu row joined to the cluster of highest mean agreement."""
    labels = final.copy()
    clusters = sorted(set(labels.tolist()) - {NOISE})
    if not clusters:
        return labels
    position = {row: i for i, row in enumerate(batch.usable)}
    for row in np.flatnonzero(labels == NOISE):
        if int(row) not in position:
            continue
        means = [
            float(
                batch.agreement[
                    position[int(row)],
                    [position[int(r)] for r in np.flatnonzero(final == c) if int(r) in position],
                ].mean()
            )
            for c in clusters
        ]
        labels[row] = clusters[int(np.argmax(means))]
    return labels


def _kmeans(batch: Batch, k: int) -> np.ndarray:
    points = embed_docs(batch.docs, batch.cache, {})
    model = KMeans(n_clusters=max(k, 2), n_init=10, random_state=0)
    return model.fit_predict(points).astype(np.int64)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--only", default="")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    data = emergent_sets.sib_folder(parser, None)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    out = []
    for name, rows in refine.dev_sets(data, sib=False, only=args.only):
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        best, _ = refine.best_baseline(docs, truth, cache)
        true_k = len(set(truth))
        for seed in range(args.seeds):
            batch = refine._batch(docs, truth, cache, seed)
            cut = np.full(len(docs), NOISE, dtype=np.int64)
            cut[batch.usable] = _main(batch)
            final = refine.coherent_labels(batch, _main(batch))
            k = int(final.max()) + 1
            reads = {
                "ours": final,
                "cut": cut,
                "muu-back": _muu_back(batch, final),
                "km-true": _kmeans(batch, true_k),
                "km-ours": _kmeans(batch, k),
            }
            nmi = {key: float(normalized_mutual_info_score(truth, v)) for key, v in reads.items()}
            row = {"set": name, "seed": seed, "n": len(docs), "true_k": true_k, "k": k}
            row |= {"muu": float(np.mean(final < 0)), "best": best, **nmi}
            out.append(row)
            print(
                f"{name:<50} {len(docs):>4} {true_k:>2} {k:>2}  muu {row['muu']:.2f}  "
                + "  ".join(f"{key} {value:.3f}" for key, value in nmi.items())
                + f"  best {best:.3f}",
                flush=True,
            )
    below = [r for r in out if r["ours"] < r["best"]]
    print(f"{len(out)} reads, {len(below)} below the best baseline")
    for key in ("cut", "muu-back", "km-true", "km-ours"):
        values = np.array([r[key] - r["ours"] for r in out])
        under = np.array([r[key] - r["ours"] for r in below]) if below else np.zeros(1)
        print(
            f"  {key:<9} - ours: all {values.mean():+.4f} (up {int((values > 1e-9).sum())}),"
            f" below-sets {under.mean():+.4f} (up {int((under > 1e-9).sum())})"
        )
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
