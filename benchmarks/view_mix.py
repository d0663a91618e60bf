"""Round 31 of issue 12: which views vote in the consensus, with which weights, chosen by
leave-one-round-out over the dev rounds (emergent_k.DEV_FILES; no blind round).

    python benchmarks/view_mix.py [--seeds 2] [--only NAME] [--json OUT]

Per set and random state the co-association of each candidate view is computed once, alone
(the shipped draws: a view keeps its number in the seeds): the three word-alignment views of
the shipped consensus (SIF ** 0, 0.5, 1), the cosine of the notes' unweighted mean lemma
vectors (what the k-means baseline clusters) and the cosine of their lemma TF-IDF rows (what
NMF reads), each double-centred. A mix's co-association is the weighted mean of the views'
(exactly what emergent.co_association gives with those weights), then the cut, the word step
and the coherence test as a run. Mixes replace the full-SIF view (weight 0.25) by one other
view, so the consensus clusters as many views as now (time per run not up).

Writes each set's NMI / AMI / k per mix; `--judge FILE` reads such a JSON and prints the mean
NMI of each mix, and the leave-one-round-out choice: for each round (corpus, heldout2, each
emergent_heldout file) the mix of the highest mean NMI over the other rounds' sets, scored on
that round.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_mutual_info_score, normalized_mutual_info_score
from threadpoolctl import threadpool_limits

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import agreement_clusters, co_association, word_links
from muistiinpanot.vectorize import VectorCache, double_centre, embed_docs, tfidf_matrix

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_refine as refine  # noqa: E402
import emergent_sets  # noqa: E402
from refine_variants import Batch  # noqa: E402

VIEWS = ("a0", "a05", "a1", "mean", "tfidf")
#: weights over VIEWS; "main" is the shipped (1, 1, 0.25) alignment consensus
MIXES: dict[str, tuple[float, ...]] = {
    "main": (1, 1, 0.25, 0, 0),
    "a1-0": (1, 1, 0, 0, 0),
    "a1-0.5": (1, 1, 0.5, 0, 0),
    "a1-1": (1, 1, 1, 0, 0),
    "mean-0.25": (1, 1, 0, 0.25, 0),
    "mean-0.5": (1, 1, 0, 0.5, 0),
    "mean-1": (1, 1, 0, 1, 0),
    "tfidf-0.25": (1, 1, 0, 0, 0.25),
    "tfidf-0.5": (1, 1, 0, 0, 0.5),
    "tfidf-1": (1, 1, 0, 0, 1),
}


def _views(batch: Batch) -> list[np.ndarray]:
    """The co-association of each of VIEWS alone (the alignment views with their shipped
    numbers, so that their draws are the shipped ones)."""
    rows = batch.rows()
    mean = embed_docs(rows, batch.cache, {})
    tfidf, _ = tfidf_matrix(rows)
    dense = tfidf.toarray()
    similarities = [*batch.similarities, double_centre(mean @ mean.T)]
    similarities.append(double_centre(dense @ dense.T))
    out = []
    with threadpool_limits(limits=1):
        for number in range(len(VIEWS)):
            weights = tuple(1.0 if i == number else 0.0 for i in range(len(VIEWS)))
            settings = replace(batch.settings, align_view_weights=weights)
            out.append(co_association(similarities, settings))
    return out


def _score(batch: Batch, views: list[np.ndarray], weights: tuple[float, ...]) -> dict[str, float]:
    agreement = sum(w * v for w, v in zip(weights, views, strict=True)) / sum(weights)
    labels = agreement_clusters(agreement, batch.settings)
    labels = word_links(batch.rows(), labels, agreement, batch.settings)
    final = refine.coherent_labels(batch, labels)
    return {
        "nmi": float(normalized_mutual_info_score(batch.truth, final)),
        "ami": float(adjusted_mutual_info_score(batch.truth, final)),
        "k": int(final.max()) + 1,
    }


def _round(name: str) -> str:
    return name.split(":")[0] if ":" in name and not name.startswith("20") else "corpus"


def judge(path: Path) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))
    clinic = [r for r in rows if not r["set"].startswith("sib200")]
    mixes = list(clinic[0]["mixes"])
    nmi = {m: np.array([r["mixes"][m]["nmi"] for r in clinic]) for m in mixes}
    ami = {m: np.array([r["mixes"][m]["ami"] for r in clinic]) for m in mixes}
    over = {m: np.array([r["mixes"][m]["k"] - r["true_k"] for r in clinic]) for m in mixes}
    best = np.array([r["best"] for r in clinic])
    for m in mixes:
        print(
            f"{m:<11} {len(clinic)} sets  NMI {nmi[m].mean():.4f}  AMI {ami[m].mean():.4f}"
            f"  k - true k {over[m].mean():+.2f}  below {int((nmi[m] < best).sum())}"
            f"  up/down {int((nmi[m] > nmi['main'] + 1e-9).sum())}/"
            f"{int((nmi[m] < nmi['main'] - 1e-9).sum())}"
        )
    rounds = np.array([_round(r["set"]) for r in clinic])
    chosen = np.zeros(len(clinic))
    picks: dict[str, int] = {}
    for name in sorted(set(rounds)):
        train = rounds != name
        pick = max(mixes, key=lambda m: (float(nmi[m][train].mean()), m == "main"))
        picks[pick] = picks.get(pick, 0) + 1
        chosen[~train] = nmi[pick][~train]
    print(
        f"leave-one-round-out: NMI {chosen.mean():.4f} (main {nmi['main'].mean():.4f}),"
        f" below {int((chosen < best).sum())}, picks {picks}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--only", default="")
    parser.add_argument("--sib", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--judge", type=Path, default=None)
    args = parser.parse_args()
    if args.judge:
        judge(args.judge)
        return
    data = emergent_sets.sib_folder(parser, None)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    out = []
    for name, rows in refine.dev_sets(data, sib=args.sib, only=args.only):
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        best, _ = refine.best_baseline(docs, truth, cache) if len(docs) < 500 else (0.0, 0.0)
        per_seed = []
        for seed in range(args.seeds):
            settings = ThemeSettings(random_state=seed)
            usable, similarities = bench.usable_similarities(docs, cache, settings)
            batch = Batch(docs, truth, cache, settings, usable, similarities, np.zeros(0))
            views = _views(batch)
            per_seed.append({m: _score(batch, views, w) for m, w in MIXES.items()})
        mixes = {
            m: {key: float(np.mean([s[m][key] for s in per_seed])) for key in ("nmi", "ami", "k")}
            for m in MIXES
        }
        out.append({"set": name, "true_k": len(set(truth)), "best": best, "mixes": mixes})
        print(
            f"{name:<50} "
            + " ".join(f"{m} {v['nmi']:.3f}" for m, v in mixes.items())
            + f"  best {best:.3f}",
            flush=True,
        )
        if args.json:
            args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
