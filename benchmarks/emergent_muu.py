"""Round 20 of issue 12: what the coherence test sends to muu, on every emergent dev set.

For each clinic-sized dev set of `emergent_k.DEV_FILES` (the corpus sets, heldout2 and
emergent_heldout4..118; SIB-200 with `--sib`), random states 0 .. `--seeds` - 1: NMI of what
a run gives (`main`: the consensus of themes/emergent.py, then the coherence test as
assign_themes runs it), of the best true-k baseline, muu share, and (random state 0) every
group of notes the test sends to muu with its gold topics (`--verbose`: the notes).
Then the same consensus with each named variant of the test (`--variants`):

  main        the test as a run makes it (the settings' `coherence_topic_words`)
  topical     the test before round 20: on the notes' lemmas without the batch's
              background lemmas (its topic words)
  consensus   no test (what the consensus gives; a grab-bag stays a theme)
  no-splits   `topical` without splits (`coherence_splits` 0: a coherent cluster is kept
              whole, one that fails goes to muu whole)
  all-words   the test on the notes' full lemma lists (background lemmas kept: round 20's)
  no-strays   `topical` without its stray-half step (a coherent cluster is kept whole; one
              that fails is still split and its halves tested)
  strays-all-words  `topical`, but the stray-half step judges the halves on the full lemma
              lists (named at 13:57 UTC, after the first four were seen on every set,
              before any result of these two)
  copy        `topical` by this script's copy of the test (checks the copy: equals it)

    python benchmarks/emergent_muu.py [--only nuorisovaltuusto] [--verbose] [--sib]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.assign import background_lemmas
from muistiinpanot.themes.coherence import _halves, _mean_pair, coherent_themes
from muistiinpanot.themes.draws import repeated_choice
from muistiinpanot.themes.emergent import NOISE, cluster_notes
from muistiinpanot.vectorize import VectorCache, alignment_similarity, double_centre, sif_weights

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_k  # noqa: E402
import emergent_sets  # noqa: E402

VARIANTS = ("main", "topical", "consensus", "all-words", "no-strays", "strays-all-words")


def _labels(n: int, themes: Sequence[Sequence[int]]) -> list[int]:
    labels = [NOISE] * n
    for number, rows in enumerate(themes):
        for row in rows:
            labels[row] = number
    return labels


def _variant(
    name: str,
    clusters: list[list[int]],
    docs: list[tuple[str, ...]],
    cache: VectorCache,
    settings: ThemeSettings,
) -> list[int]:
    if name == "consensus":
        return _labels(len(docs), clusters)
    if name == "all-words" or (name == "main" and settings.coherence_topic_words):
        return _labels(len(docs), coherent_themes(clusters, docs, cache, settings))
    background = background_lemmas(docs, settings)
    topical = [tuple(word for word in doc if word not in background) for doc in docs]
    if name == "copy":  # the copy above: must equal `topical`
        return _labels(len(docs), _coherent(clusters, topical, None, cache, settings))
    if name == "no-strays":
        return _labels(len(docs), _coherent(clusters, topical, None, cache, settings, False))
    if name == "strays-all-words":
        return _labels(len(docs), _coherent(clusters, topical, docs, cache, settings))
    if name == "no-splits":
        settings = ThemeSettings(
            random_state=settings.random_state,
            consensus_seeds=settings.consensus_seeds,
            coherence_splits=0,
        )
    return _labels(len(docs), coherent_themes(clusters, topical, cache, settings))


def _coherent(
    clusters: list[list[int]],
    docs: list[tuple[str, ...]],
    stray_docs: list[tuple[str, ...]] | None,
    cache: VectorCache,
    settings: ThemeSettings,
    strays: bool = True,
) -> list[list[int]]:
    """coherence.coherent_themes for clinic-sized sets (no sampling) with its stray-half
    step off (`strays` False) or judging the halves on `stray_docs`' similarities
    (`stray_docs` None: on `docs`', as shipped)."""
    rng = np.random.default_rng(settings.random_state)

    def space(lemmas: list[tuple[str, ...]]) -> tuple[np.ndarray, dict[int, int], np.ndarray]:
        filled = [row for row, doc in enumerate(lemmas) if doc]
        kept = [lemmas[row] for row in filled]
        matrix = double_centre(
            alignment_similarity(
                kept, cache, sif_weights(kept), weight_power=settings.align_weight_power
            )
        )
        return matrix, {row: i for i, row in enumerate(filled)}, np.arange(len(filled))

    similarity, position, pool = space(docs)
    stray_space = (similarity, position, pool) if stray_docs is None else space(stray_docs)

    def is_coherent(own: list[int], where: tuple[np.ndarray, dict[int, int], np.ndarray]) -> bool:
        matrix, index, draw_from = where
        own = [row for row in own if row in index]
        if len(own) < 2:
            return False
        observed = _mean_pair(matrix, np.array([[index[row] for row in own]]))[0]
        draws = repeated_choice(rng, draw_from, len(own), settings.coherence_draws)
        reached = int((_mean_pair(matrix, draws) >= observed).sum())
        return (1 + reached) / (1 + settings.coherence_draws) <= settings.coherence_p

    here = (similarity, position, pool)
    themes: list[list[int]] = []
    for cluster in clusters:
        pending = [([row for row in cluster if docs[row]], 0)]
        while pending:
            part, depth = pending.pop(0)
            can_split = (
                depth < settings.coherence_splits and len(part) >= 2 * settings.min_cluster_size
            )
            if len(part) >= max(2, settings.min_cluster_size) and is_coherent(part, here):
                halves = _halves(similarity, part, position) if can_split and strays else []
                if min(map(len, halves), default=0) < settings.min_cluster_size:
                    halves = []
                cut = [half for half in halves if not is_coherent(half, stray_space)]
                if len(cut) == 1:
                    pending += [(half, depth + 1) for half in halves if half is not cut[0]]
                else:
                    themes.append(sorted(cluster) if depth == 0 else sorted(part))
            elif can_split:
                pending += [(half, depth + 1) for half in _halves(similarity, part, position)]
    return themes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated parts of set names")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--sib", action="store_true", help="SIB-200 too (slow)")
    parser.add_argument("--seeds", type=int, default=1, help="random states 0 .. N-1, NMI mean")
    args = parser.parse_args()
    data = emergent_sets.sib_folder(parser, None)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    variants = args.variants.split(",")
    wanted = [w for w in args.only.split(",") if w]
    sets = emergent_sets.dev_sets(data, emergent_k.DEV_FILES)
    scores: dict[str, list[float]] = {v: [] for v in variants}
    best_scores: list[float] = []
    for name, rows in sets:
        if name.startswith("sib200") and not args.sib:
            continue
        if wanted and not any(w in name for w in wanted):
            continue
        docs, texts, truth = bench.lemma_docs(rows, analyzer)
        baselines = bench._baselines(docs, len(set(truth)), cache).values()
        best = max(normalized_mutual_info_score(truth, labels) for labels in baselines)
        best_scores.append(best)
        line = [f"{name:<48} n {len(docs):>3} best {best:.3f}"]
        per_seed: dict[str, list[tuple[float, float]]] = {v: [] for v in variants}
        for seed in range(args.seeds):
            settings = ThemeSettings(random_state=seed)
            found = cluster_notes(bench._note_vectors(docs, cache), docs, texts, settings, cache)
            clusters = [np.flatnonzero(found == c).tolist() for c in range(int(found.max()) + 1)]
            for variant in variants:
                labels = _variant(variant, clusters, docs, cache, settings)
                score = normalized_mutual_info_score(truth, labels)
                per_seed[variant].append((score, float(np.mean(np.array(labels) < 0))))
                if variant == "main" and seed == 0:
                    final, first = labels, (found, clusters)
        for variant in variants:
            score, muu = np.mean(per_seed[variant], axis=0)
            scores[variant].append(float(score))
            mark = "*" if score < best else " "
            line.append(f"{variant} {score:.3f}{mark} muu {muu:.2f}")
        found, clusters = first
        print("  ".join(line))
        for cluster, members in enumerate(clusters):
            dropped = [row for row in members if final[row] == NOISE]
            if dropped:
                topics = Counter(truth[row] for row in dropped)
                print(
                    f"    consensus cluster {cluster} ({len(members)}:"
                    f" {dict(Counter(truth[r] for r in members).most_common())}) -> muu"
                    f" {len(dropped)}: {dict(topics.most_common())}"
                )
                if args.verbose:
                    for row in dropped:
                        print(f"      {truth[row]:<14} {texts[row]}")
        leftover = [row for row in range(len(docs)) if found[row] == NOISE]
        if leftover:
            print(
                f"    consensus leftovers {len(leftover)}:"
                f" {dict(Counter(truth[row] for row in leftover).most_common())}"
            )
    best_array = np.array(best_scores)
    for variant in variants:
        values = np.array(scores[variant])
        print(
            f"{variant:<10} sets {len(values)}, mean NMI {values.mean():.3f}, at or above the"
            f" best true-k baseline on {int((values >= best_array).sum())}"
        )


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
