"""Round 22 of issue 12: where the emergent step's points go wrong, by kind, on every
clinic-sized dev set of `emergent_k.DEV_FILES` (corpus, heldout2, emergent_heldout4..118).

For what a run gives (the consensus, then the coherence test; random state `--seed`) and for
the best true-k baseline of benchmarks/emergent.py, each note is *right* when it is in its
gold topic's main cluster (the cluster holding most of the topic's notes, if the topic is that
cluster's largest), else of one kind:

  muu-test    in muu, sent there by the coherence test (the consensus had it in a cluster)
  muu-left    in muu, left over by the consensus
  side        in a cluster of its own topic that is not the topic's main one (a split)
  joined      in a cluster over half of which is one other topic (two topics merged);
              `joined-word` when the note shares a content lemma with at least a third of
              that topic's notes in the cluster (pulled by a shared word), else `joined-near`
  mixed       in a cluster with no topic over half

and per kind the NMI an oracle repair would give (those notes moved to their topic's main
cluster, a topic without one getting a new cluster): how many points each kind costs.
Per set: NMI of ours and of the best baseline, notes per kind for both. Then totals over all
sets, over the sets below the best baseline, and over the sets at or above it.
`--chatter`: also the gold chatter notes of each emergent_heldout clinic that the chatter
detector (rule + classifier, as a run marks them) misses, run with the clinic's notes as a
run would see them: how many there are and where they land (chatter in a theme).

    python benchmarks/emergent_kinds.py [--seed 0] [--only NAME,...] [--json OUT] [--chatter]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.chatter import mark_chatter
from muistiinpanot.lemmatize import lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.assign import background_lemmas, coherence_docs
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.themes.emergent import NOISE, cluster_notes
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_k  # noqa: E402
import emergent_sets  # noqa: E402

KINDS = ("muu-test", "muu-left", "side", "joined-word", "joined-near", "mixed")


def main_clusters(truth: list[str], labels: list[int]) -> dict[str, int]:
    """Each gold topic's main cluster: the cluster (not muu) with most of its notes, when the
    topic is that cluster's largest (ties by name)."""
    largest: dict[int, str] = {}
    for cluster in set(labels) - {NOISE}:
        counts = Counter(t for t, c in zip(truth, labels, strict=True) if c == cluster)
        largest[cluster] = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
    found: dict[str, int] = {}
    for topic in sorted(set(truth)):
        counts = Counter(c for t, c in zip(truth, labels, strict=True) if t == topic)
        for cluster, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if cluster != NOISE and largest[cluster] == topic:
                found[topic] = cluster
            break
    return found


def note_kinds(
    truth: list[str],
    labels: list[int],
    docs: list[tuple[str, ...]],
    consensus: list[int] | None = None,
) -> list[str]:
    """'right' or one of KINDS per note (see the module docstring)."""
    mains = main_clusters(truth, labels)
    kinds = []
    for row, (topic, cluster) in enumerate(zip(truth, labels, strict=True)):
        if mains.get(topic) == cluster:
            kinds.append("right")
        elif cluster == NOISE:
            left = consensus is None or consensus[row] == NOISE
            kinds.append("muu-left" if left else "muu-test")
        else:
            members = [i for i, c in enumerate(labels) if c == cluster]
            counts = Counter(truth[i] for i in members)
            top, size = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0]
            if top == topic:
                kinds.append("side")
            elif 2 * size <= len(members):
                kinds.append("mixed")
            else:
                others = [set(docs[i]) for i in members if truth[i] == top]
                shared = sum(1 for words in others if words & set(docs[row]))
                kinds.append("joined-word" if 3 * shared >= len(others) else "joined-near")
    return kinds


def repaired(truth: list[str], labels: list[int], kinds: list[str], kind: str) -> float:
    """NMI with the notes of `kind` moved to their topic's main cluster (or a new one)."""
    mains = main_clusters(truth, labels)
    fresh = max(labels, default=0) + 1
    new = list(labels)
    for row, (topic, found) in enumerate(zip(truth, kinds, strict=True)):
        if found == kind:
            if topic not in mains:
                mains[topic] = fresh
                fresh += 1
            new[row] = mains[topic]
    return float(normalized_mutual_info_score(truth, new))


def ours(
    docs: list[tuple[str, ...]], texts: list[str], cache: VectorCache, seed: int
) -> tuple[list[int], list[int]]:
    """What a run gives (benchmarks/emergent.py `_ours`) and the consensus before the test."""
    settings = ThemeSettings(random_state=seed)
    found = cluster_notes(bench._note_vectors(docs, cache), docs, texts, settings, cache)
    tested = coherence_docs(docs, background_lemmas(docs, settings), settings)
    clusters = [np.flatnonzero(found == c).tolist() for c in range(int(found.max()) + 1)]
    labels = [NOISE] * len(docs)
    for number, rows in enumerate(coherent_themes(clusters, tested, cache, settings)):
        for row in rows:
            labels[row] = number
    return labels, [int(x) for x in found]


def _chatter_misses(path: Path, analyzer: object) -> dict[str, list[tuple[str, str, str]]]:
    """Per clinic of `path`, its gold chatter notes the chatter detector leaves kept."""
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["label"] == "chatter"]
    notes = [
        Note(r["id"], r["clinic"], "", r["text"], SourceRef("bench"), clean_text=r["text"])
        for r in rows
    ]
    marked = mark_chatter(lemmatize_notes(notes, analyzer), analyzer)  # type: ignore[arg-type]
    missed: dict[str, list[tuple[str, str, str]]] = {}
    for row, note in zip(rows, marked, strict=True):
        if note.status == "kept":
            missed.setdefault(row["clinic"], []).append((row["id"], row["text"], "chatter"))
    return missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--chatter", action="store_true")
    args = parser.parse_args()
    data = emergent_sets.sib_folder(parser, None)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    wanted = [w for w in args.only.split(",") if w]
    results = []
    for stem in emergent_k.DEV_FILES:
        path = ROOT / "benchmarks" / "data" / f"{stem}.csv"
        prefix = emergent_sets.heldout_name(Path(stem))
        missed = _chatter_misses(path, analyzer) if args.chatter and "heldout" in stem else {}
        for name, rows in emergent_sets.data_sets(data, path):
            first = stem == emergent_k.DEV_FILES[0]  # the corpus sets come with the first file
            if name.startswith("sib200") or not (first or name.startswith(prefix)):
                continue
            if wanted and not any(w in name for w in wanted):
                continue
            docs, texts, truth = bench.lemma_docs(rows, analyzer)
            labels, consensus = ours(docs, texts, cache, args.seed)
            baselines = bench._baselines(docs, len(set(truth)), cache)
            scores = {m: normalized_mutual_info_score(truth, b) for m, b in baselines.items()}
            best = max(scores, key=lambda m: scores[m])
            kinds = note_kinds(truth, labels, docs, consensus)
            base_kinds = note_kinds(truth, baselines[best], docs)
            score = float(normalized_mutual_info_score(truth, labels))
            result = {
                "set": name,
                "n": len(docs),
                "true_k": len(set(truth)),
                "k": max(labels) + 1,
                "ours": score,
                "consensus": float(normalized_mutual_info_score(truth, consensus)),
                "best": float(scores[best]),
                "best_method": best,
                "kinds": dict(Counter(kinds)),
                "best_kinds": dict(Counter(base_kinds)),
                "gain": {k: repaired(truth, labels, kinds, k) - score for k in KINDS},
            }
            clinic = name.partition(":")[2]
            if clinic in missed:
                chatter_rows = sorted(rows + missed[clinic])
                cdocs, ctexts, ctruth = bench.lemma_docs(chatter_rows, analyzer)
                clabels, _ = ours(cdocs, ctexts, cache, args.seed)
                chat = [c for c, t in zip(clabels, ctruth, strict=True) if t == "chatter"]
                kept = [(c, t) for c, t in zip(clabels, ctruth, strict=True) if t != "chatter"]
                result["chatter"] = {
                    "missed": len(chat),
                    "in_theme": sum(1 for c in chat if c != NOISE),
                    "nmi_topics": float(
                        normalized_mutual_info_score([t for _, t in kept], [c for c, _ in kept])
                    ),
                }
            results.append(result)
            mark = "*" if score < scores[best] else " "
            print(
                f"{name:<48} n {len(docs):>3} k {result['k']}/{result['true_k']}"
                f" ours {score:.3f}{mark} cons {result['consensus']:.3f}"
                f" best {scores[best]:.3f} {best:<10}"
                f" ours {_kinds(result['kinds'])} | best {_kinds(result['best_kinds'])}"
                + (f" | chatter {result['chatter']}" if "chatter" in result else ""),
                flush=True,
            )
    for title, chosen in (
        ("all sets", results),
        ("below the best baseline", [r for r in results if r["ours"] < r["best"]]),
        ("at or above", [r for r in results if r["ours"] >= r["best"]]),
    ):
        ours_total: Counter[str] = Counter()
        best_total: Counter[str] = Counter()
        for r in chosen:
            ours_total.update(r["kinds"])
            best_total.update(r["best_kinds"])
        gains = {k: float(np.mean([r["gain"][k] for r in chosen])) for k in KINDS}
        print(f"{title} ({len(chosen)} sets): ours {_kinds(ours_total)}")
        print(f"  best baseline {_kinds(best_total)}")
        print("  mean NMI an oracle repair of the kind adds: " + _gains(gains))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


def _kinds(counts: dict[str, int] | Counter[str]) -> str:
    return " ".join(f"{k} {counts.get(k, 0)}" for k in ("right", *KINDS))


def _gains(gains: dict[str, float]) -> str:
    return " ".join(f"{k} {v:+.3f}" for k, v in gains.items())


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
