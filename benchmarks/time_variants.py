"""Round 24 of issue 12: the consensus's similarities without the names of times, run by
benchmarks/emergent_refine.py (docs/how-it-works.md, "Losing to the best true-k baseline by
kind, round 24"). Notes that share when something happens ("kesällä", "kolme tuntia") rather
than what it is about form mixed clusters and pull a note to another topic's cluster
(musiikkiopisto's "oppilaskonsertti kestää kolme tuntia" beside the "soittotunti" notes).

  no-time            the alignment views computed on each note's lemmas without the time
                     class (lexicons/time.toml `units` and `stretches`, whole lemmas; a note
                     whose lemmas are all times keeps them); the coherence test unchanged
  no-time-measures   the same without `measures` too ("euro", "kilometri", "litra")
  no-matched         control, named after the two above were measured: as many other lemmas
                     left out, each drawn (seeded) among the batch's non-time lemmas of the
                     same note count as a time lemma the batch has (the nearest count when
                     none is left): how far leaving any such words out moves the sets

Judged by the round's protocol from emergent_refine.py's --json output:

    python benchmarks/emergent_refine.py --seeds 2 --variants main,no-time,no-time-measures \\
        --json grid.json
    python benchmarks/emergent_refine.py --sib --only sib200 --seeds 1 \\
        --variants main,no-time,no-time-measures --json sib.json
    python benchmarks/time_variants.py grid.json --sib sib.json

prints per variant over all sets the mean NMI (each set's the mean over the random states),
the mean per-set difference against main and its standard error (the protocol's noise), the
sets at or above the best true-k baseline (NMI), the sets up / down, SIB-200, mean AMI and
k - true k; and the sets that cross the best baseline either way. The summary F, determinism
and time are checked apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from threadpoolctl import threadpool_limits

from muistiinpanot.lexicons import time_stretches, time_units
from muistiinpanot.themes.emergent import agreement_clusters, co_association, note_similarities
from muistiinpanot.themes.label_time import measures
from refine_variants import Batch
from view_weights import read_grid


def _without_words(docs: Sequence[tuple[str, ...]], words: frozenset[str]) -> list[tuple[str, ...]]:
    """Each doc without `words`; one that holds nothing else keeps its own."""
    return [tuple(w for w in doc if w not in words) or doc for doc in docs]


def _no_time(batch: Batch, words: frozenset[str]) -> np.ndarray:
    """The consensus's cut on similarities of the usable rows' lemmas without `words`."""
    docs = _without_words(batch.rows(), words)
    vectors = np.ones((len(docs), 1))  # unused: the alignment views read the word vectors
    with threadpool_limits(limits=1):
        views = note_similarities(vectors, docs, batch.settings, batch.cache)
        agreement = co_association(views, batch.settings)
    return agreement_clusters(agreement, batch.settings)


def _matched(batch: Batch) -> np.ndarray:
    """no-matched: the batch's time lemmas' note counts, met by other lemmas drawn at random."""
    times = time_units() | time_stretches()
    counts: dict[str, int] = {}
    for doc in batch.rows():
        for word in set(doc):
            counts[word] = counts.get(word, 0) + 1
    others = sorted(w for w in counts if w not in times)
    rng = np.random.default_rng([batch.settings.random_state, 24])
    chosen: set[str] = set()
    for word in sorted(w for w in counts if w in times):
        left = [w for w in others if w not in chosen]
        if not left:
            break
        gap = min(abs(counts[w] - counts[word]) for w in left)
        pool = [w for w in left if abs(counts[w] - counts[word]) == gap]
        chosen.add(pool[int(rng.integers(len(pool)))])
    return _no_time(batch, frozenset(chosen))


TIME_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "no-time": lambda b: _no_time(b, time_units() | time_stretches()),
    "no-time-measures": lambda b: _no_time(b, time_units() | time_stretches() | measures()),
    "no-matched": _matched,
}


def main() -> None:
    results, sib, main_rows = read_grid(__doc__)
    for variant, rows in results.items():
        nmi = np.array([r["nmi"] for r in rows])
        base = np.array([main_rows[r["set"]]["nmi"] for r in rows])
        best = np.array([r["best_nmi"] for r in rows])
        diff = nmi - base
        se = float(diff.std(ddof=1) / np.sqrt(len(diff))) if len(diff) > 1 else 0.0
        above, main_above = int((nmi >= best).sum()), int((base >= best).sum())
        over = np.mean([np.mean(r["k_found"]) - r["true_k"] for r in rows])
        sib_rows = sib.get(variant, [])
        sib_nmi = sib_rows[0]["nmi"] if sib_rows else float("nan")
        passes = diff.mean() >= -se and (variant == "main" or above > main_above)
        passes &= not sib_rows or sib_nmi >= 0.42
        print(
            f"{variant:<17} {len(rows)} sets NMI {nmi.mean():.4f} diff {diff.mean():+.4f}"
            f" (SE {se:.4f}) at/above {above} (main {main_above})"
            f" up {int((diff > 1e-9).sum())} down {int((diff < -1e-9).sum())}"
            f" AMI {np.mean([r['ami'] for r in rows]):.4f} k-true {over:+.2f}"
            f" SIB-200 {sib_nmi:.3f} {sib_rows[0]['k_found'] if sib_rows else ''}"
            f" -> {'passes' if passes else 'fails'} (NMI, baseline, SIB-200)"
        )
        for r, d in zip(rows, diff, strict=True):
            was, now = main_rows[r["set"]]["nmi"] >= r["best_nmi"], r["nmi"] >= r["best_nmi"]
            if was != now or abs(d) >= 0.03:
                print(
                    f"    {r['set']:<56} {main_rows[r['set']]['nmi']:.3f} -> {r['nmi']:.3f}"
                    f" (best {r['best_nmi']:.3f}){'  crosses' if was != now else ''}"
                )


if __name__ == "__main__":
    main()
