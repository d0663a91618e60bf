"""Emergent themes against textbook baselines: NMI on SIB-200 Finnish and the corpus clinics.

    python benchmarks/emergent.py [--data ../shared/data/sib200-fi] [--mode accurate]
    python benchmarks/emergent.py --labels [--sets sib200,corpus,heldout2] [--reading voikko]
    python benchmarks/emergent.py --seeds 5
    python benchmarks/emergent.py --heldout benchmarks/data/emergent_heldout4.csv \
        --sets emergent_heldout4 [--labels]     (another held-out file, only its clinics)

Data sets (each clustered as one batch):
  sib200            SIB-200 Finnish train+dev, 800 sentences, 7 topics (read from shared/,
                    never copied); its test split, when the folder has test.tsv, as a
                    separate row that nothing was tuned on;
  <clinic>:full     every note of a corpus/gold clinic with its gold label (seeded themes,
                    other topics and muu);
  <clinic>:emergent only the notes whose gold label is neither a seeded theme nor muu
                    (what the emergent step sees in a perfect run);
  heldout2:<clinic> the three clinics of benchmarks/data/heldout2_emergent.csv (written
                    independently, never tuned on), chatter notes left out.
Methods: ours (themes/emergent.py, then the coherence test of themes/coherence.py, as a run
does: k chosen by the method; muu counted as one more cluster),
and, GIVEN the true k: NMF and LDA on lemma TF-IDF / counts, k-means on mean floret lemma
vectors, and a BERTopic-like pipeline (SIF floret note vectors → PCA to 5 dimensions →
k-means; BERTopic's c-TF-IDF only names topics, so it does not change NMI). Seeds fixed at 0.
Prints NMI per data set, ours' k and muu share, and the wall and CPU seconds ours took.

`--labels`: instead of NMI, each data set (the `:full` ones for the corpus) goes through the
themes stage with no seeded themes (the bundled example notes still given: labels measure
generic words and background shares on them), and every emergent theme's label is printed
with its size, the gold topic most of its notes have, that topic's share and its keywords,
for a reader to judge (themes/naming.py). Nothing is scored.

`--seeds N` (default 3): ours is run with `random_state` 0 .. N-1 and the table shows the NMI
of random_state 0 (what a run gives) and, after the baselines, the mean and the range over the
N seeds: on sets of tens of notes one seed moves NMI by a few hundredths, as much as most
gaps between the methods.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF, PCA, LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import normalized_mutual_info_score
from threadpoolctl import threadpool_limits

from emergent_sets import Rows, data_sets, set_kind, sib_folder
from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.resources import default_definitions, default_examples
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.assign import background_lemmas, coherence_docs
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.themes.emergent import NOISE, cluster_notes, note_similarities
from muistiinpanot.themes.examples import load_examples
from muistiinpanot.vectorize import (
    VectorCache,
    common_component,
    embed_docs,
    identity_analyzer,
    remove_component,
    sif_weights,
    tfidf_matrix,
)

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="the SIB-200 Finnish folder (default: shared/data/sib200-fi beside the repo, or"
        " beside the main checkout when run from a git worktree)",
    )
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--labels", action="store_true", help="print labels, not NMI")
    parser.add_argument(
        "--heldout",
        type=Path,
        default=ROOT / "benchmarks" / "data" / "heldout2_emergent.csv",
        help="clinics written apart (id,clinic,text,label), report only; sets named by its stem",
    )
    parser.add_argument(
        "--sets", default="", help="only these kinds: sib200, corpus, the held-out file's name"
    )
    parser.add_argument("--seeds", type=int, default=3, help="random states ours is run with")
    parser.add_argument(
        "--consensus-seeds",
        type=int,
        default=ThemeSettings().consensus_seeds,
        help="k-means runs per view, graph size and k of ours (--fast mode uses [fast]'s)",
    )
    parser.add_argument(
        "--reading",
        choices=["parser", "voikko"],
        default="parser",
        help="what the labels read clauses from (--fast mode's [fast] reading, default parser)",
    )
    args = parser.parse_args()
    args.data = sib_folder(parser, args.data)
    analyzer = load_analyzer(args.mode, reading=args.reading)
    sets = data_sets(args.data, args.heldout)
    if args.sets:
        sets = [(n, r) for n, r in sets if set_kind(n, args.heldout) in args.sets.split(",")]
    if args.labels:
        for name, rows in sets:
            if not name.endswith(":emergent"):
                _print_labels(name, rows, analyzer)
        return
    cache = VectorCache(analyzer)
    methods = ["ours", "nmf", "lda", "kmeans-vec", "bertopic"]
    print(f"{'data set':<34} {'n':>4} {'k':>2}  " + " ".join(f"{m:>10}" for m in methods))
    for name, rows in sets:
        docs, texts, truth = lemma_docs(rows, analyzer)
        k = len(set(truth))
        started, cpu = time.perf_counter(), time.process_time()
        ours, found_k, muu = _ours(docs, texts, cache, 0, args.consensus_seeds)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        seeded = [normalized_mutual_info_score(truth, ours)] + [
            normalized_mutual_info_score(
                truth, _ours(docs, texts, cache, seed, args.consensus_seeds)[0]
            )
            for seed in range(1, args.seeds)
        ]
        predicted = {"ours": ours, **_baselines(docs, k, cache)}
        scores = [normalized_mutual_info_score(truth, predicted[m]) for m in methods]
        print(
            f"{name:<34} {len(rows):>4} {k:>2}  "
            + " ".join(f"{s:>10.3f}" for s in scores)
            + f"   ours: k={found_k} muu={muu:.2f} {seconds:.2f}s wall {cpu:.2f}s cpu;"
            f" {len(seeded)} seeds mean {np.mean(seeded):.3f}"
            f" ({min(seeded):.3f}-{max(seeded):.3f})"
        )


def lemma_docs(
    rows: Rows, analyzer: LemmaAnalyzer
) -> tuple[list[tuple[str, ...]], list[str], list[str]]:
    """The content lemmas (lower case), normalised texts and gold labels of `rows`."""
    notes = [Note(i, "bench", "", t, SourceRef("bench"), clean_text=t) for i, t, _ in rows]
    notes = lemmatize_notes(notes, analyzer)
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in notes]
    return docs, [note.clean_text for note in notes], [label for _, _, label in rows]


def _print_labels(name: str, rows: Rows, analyzer: LemmaAnalyzer) -> None:
    definitions = load_theme_definitions(default_definitions())
    examples = load_examples(example_rows(default_examples()), definitions, analyzer)
    notes = [Note(i, "bench", "", t, SourceRef("bench"), clean_text=t) for i, t, _ in rows]
    notes = lemmatize_notes(notes, analyzer)
    result = assign_themes(notes, (), analyzer, ThemeSettings(), examples)
    gold = {note_id: label for note_id, _, label in rows}
    members: dict[str, list[str]] = {}
    for assignment in result.assignments:
        members.setdefault(assignment.theme, []).append(gold[assignment.note_id])
    print(f"\n== {name}: {len(rows)} notes, {len(set(gold.values()))} gold topics")
    for theme in result.themes:
        topics = Counter(members.get(theme.id, []))
        if topics:
            topic, count = sorted(topics.items(), key=lambda item: (-item[1], item[0]))[0]
            print(
                f"  {theme.id:<8} {theme.label:<42} {theme.size:>3}  {topic} "
                f"{count / theme.size:.0%}   [{', '.join(theme.keywords)}]"
            )


def _note_vectors(docs: list[tuple[str, ...]], cache: VectorCache) -> np.ndarray:
    raw = embed_docs(docs, cache, sif_weights(docs))
    return remove_component(raw, common_component(raw))


def usable_similarities(
    docs: list[tuple[str, ...]], cache: VectorCache, settings: ThemeSettings
) -> tuple[list[int], list[np.ndarray]]:
    """The rows that have a note vector and each consensus view's similarity over them, as
    themes/emergent.py `cluster_notes` builds them for a batch under `sample_size`."""
    vectors = _note_vectors(docs, cache)
    usable = [int(i) for i in np.flatnonzero(np.linalg.norm(vectors, axis=1) > 0)]
    with threadpool_limits(limits=1):
        similarities = note_similarities(
            vectors[usable], [docs[i] for i in usable], settings, cache
        )
    return usable, similarities


def _ours(
    docs: list[tuple[str, ...]],
    texts: list[str],
    cache: VectorCache,
    seed: int,
    consensus_seeds: int,
    overrides: dict[str, object] | None = None,
) -> tuple[list[int], int, float]:
    settings = ThemeSettings(random_state=seed, consensus_seeds=consensus_seeds)
    if overrides:  # emergent_k.py --setting: [themes] keys as a run reads them
        settings = dataclasses.replace(settings, **overrides)  # type: ignore[arg-type]
    clustered = cluster_notes(_note_vectors(docs, cache), docs, texts, settings, cache)
    # then the coherence test, as assign_themes does: what a run gives, muu included
    tested = coherence_docs(docs, background_lemmas(docs, settings), settings)
    clusters = [np.flatnonzero(clustered == c).tolist() for c in range(int(clustered.max()) + 1)]
    labels = np.full(len(docs), NOISE)
    for number, rows in enumerate(coherent_themes(clusters, tested, cache, settings)):
        labels[rows] = number
    return [int(x) for x in labels], int(labels.max()) + 1, float(np.mean(labels < 0))


def _baselines(docs: list[tuple[str, ...]], k: int, cache: VectorCache) -> dict[str, list[int]]:
    tfidf, _ = tfidf_matrix(docs)
    nmf = NMF(n_components=k, init="nndsvd", random_state=0, max_iter=500).fit_transform(tfidf)
    counts = CountVectorizer(analyzer=identity_analyzer).fit_transform(docs)
    lda = LatentDirichletAllocation(n_components=k, random_state=0).fit_transform(counts)
    mean_vectors = embed_docs(docs, cache, {})
    kmeans = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(mean_vectors)
    reduced = PCA(n_components=min(5, len(docs) - 1), random_state=0).fit_transform(
        _note_vectors(docs, cache)
    )
    bertopic = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(reduced)
    return {
        "nmf": [int(x) for x in nmf.argmax(axis=1)],
        "lda": [int(x) for x in lda.argmax(axis=1)],
        "kmeans-vec": [int(x) for x in kmeans],
        "bertopic": [int(x) for x in bertopic],
    }


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
