"""Emergent themes on SIB-200 Finnish (7 topics): NMI/ARI against the gold categories.

    python benchmarks/themes_sib200.py [--data ../shared/data/sib200-fi] [--mode fast]

Runs our emergent-only pipeline (k chosen by the pipeline, muu counted as its own cluster)
beside two baselines computed in the same run with the TRUE k=7: k-means on plain mean lemma
vectors, and k-means on TF-IDF of lemmas. The data set is read from shared/, never copied.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from muistiinpanot.lemmatize import lemmatize_notes, load_analyzer
from muistiinpanot.records import NO_THEME, Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes
from muistiinpanot.vectorize import VectorCache, embed_docs, tfidf_matrix

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "sib200-fi")
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    args = parser.parse_args()
    rows: list[dict[str, str]] = []
    for split in ("train", "dev"):
        with (args.data / f"{split}.tsv").open(encoding="utf-8") as handle:
            rows += [
                {**row, "index_id": f"{split}-{int(row['index_id']):04d}"}
                for row in csv.DictReader(handle, delimiter="\t")
            ]
    analyzer = load_analyzer(args.mode)
    started = time.perf_counter()
    notes = [
        Note(r["index_id"], "sib200", "", r["text"], SourceRef("sib"), clean_text=r["text"])
        for r in rows
    ]
    notes = lemmatize_notes(notes, analyzer)
    lemmatized = time.perf_counter()
    result = assign_themes(notes, (), analyzer, ThemeSettings())
    assigned = time.perf_counter()
    by_id = {a.note_id: a.theme for a in result.assignments}
    truth = [r["category"] for r in rows]
    predicted = [by_id[n.id] for n in notes]
    k = sum(1 for t in result.themes if t.kind == "emergent")
    muu = sum(p == NO_THEME for p in predicted) / len(predicted)
    print(
        f"{len(rows)} sentences, analyzer={args.mode}; lemmatize {lemmatized - started:.1f}s,"
        f" themes {assigned - lemmatized:.1f}s"
    )
    _line("ours (k from data, muu = own cluster)", truth, predicted, f"k={k} muu={muu:.2f}")
    kept = [i for i, p in enumerate(predicted) if p != NO_THEME]
    _line(
        "ours, only notes not in muu",
        [truth[i] for i in kept],
        [predicted[i] for i in kept],
        f"n={len(kept)}",
    )
    docs = [n.content_lemmas for n in notes]
    mean_vectors = embed_docs(docs, VectorCache(analyzer), {})
    baseline = KMeans(n_clusters=7, n_init=10, random_state=0).fit_predict(mean_vectors)
    _line("baseline: mean lemma vectors + k-means", truth, list(baseline), "k=7")
    tfidf, _ = tfidf_matrix(docs)
    baseline = KMeans(n_clusters=7, n_init=10, random_state=0).fit_predict(tfidf)
    _line("baseline: TF-IDF lemmas + k-means", truth, list(baseline), "k=7")
    for theme in result.themes:
        print(f"  {theme.id:<8} {theme.size:>4} {theme.label:<32} {', '.join(theme.keywords)}")


def _line(name: str, truth: list[str], predicted: list[object], extra: str) -> None:
    labels = [str(p) for p in predicted]
    nmi = normalized_mutual_info_score(truth, labels)
    ari = adjusted_rand_score(truth, labels)
    print(f"{name:<42} NMI {nmi:.3f}  ARI {ari:.3f}  {extra}")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
