"""The seeded decision against "other", studied on the blended scores (session 14; not in src/).

    python benchmarks/themes_other_margin.py dump OUT.json [--sets 8 9 10 11 12 13 14]
    python benchmarks/themes_other_margin.py cv OUT.json [--reverse]
    python benchmarks/themes_other_margin.py study OUT.json [--margins 0 0.05 0.1 0.2]

`dump` computes, for every note of the seeded dev sets (`seeded_heldoutN.csv`), of every
summary gold clinic (`summary_heldout*/corpus/gold/*.csv`, but the rounds being written blind:
`blind_rounds.BLIND_FROM`) and of `corpus/gold`, the blended
decision per seeded theme and the blended "other" score (themes/blend.py, as `decide_seeded`
computes them with the bundled examples: at margin 0 the decision is `muistiinpanot
evaluate`'s) and writes them to OUT.json with the gold labels. `cv` does the same for each file
of `models/training` held out of the examples (leave-one-writer-out; `--reverse` takes the
files from the last, so two processes can share the work; OUT.json is rewritten after each
file). `study` reads a dump and, with no model, scores decision rules on it: a note joins its
best theme when the decision plus a margin beats "other". It prints the leave-one-set-out
estimate over the seeded sets (the margin, one for all themes or one per theme by coordinate
search, chosen by the mean macro-F1 of the other sets, scored on the held-out set) and, for
each margin given, pooled precision and recall per theme on the seeded sets, on the summary
gold clinics of rounds 1 and 4-6 (the eight of the docs), on all of them and on `corpus/gold`
(and on the leave-one-writer-out folds when the dump holds them).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from muistiinpanot.app.models import load_models
from muistiinpanot.chatter import mark_chatter
from muistiinpanot.config import load_run_settings
from muistiinpanot.ingest.labelled import read_examples_file, read_gold
from muistiinpanot.lemmatize import lemmatize_notes
from muistiinpanot.normalize import normalize_notes, normalize_text
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes.blend import blend_views
from muistiinpanot.themes.classifier import OTHER
from muistiinpanot.themes.examples import build_examples
from muistiinpanot.themes.seeded import score_seeded
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from blind_rounds import dev_glob  # noqa: E402

EIGHT = ("summary_heldout", "summary_heldout4", "summary_heldout5", "summary_heldout6")
GRID = np.round(np.arange(-0.05, 0.301, 0.01), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["dump", "cv", "study"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", type=int, nargs="+", default=list(range(8, 15)))
    parser.add_argument("--reverse", action="store_true")
    parser.add_argument("--margins", type=float, nargs="+", default=[0.0, 0.05, 0.1, 0.2])
    args = parser.parse_args()
    if args.mode == "study":
        study(json.loads(args.out.read_text()), args.margins)
    else:
        dump(args.mode, args.out, args.sets, args.reverse)


def dump(mode: str, out: Path, sets: Sequence[int], reverse: bool) -> None:
    settings = load_run_settings(
        ROOT / "pipelines" / "clinic.toml", input_path=ROOT, out=out.parent
    )
    models = load_models(settings)
    analyzer, definitions = models.analyzer, models.definitions
    cache = VectorCache(analyzer)
    seeded = [d.id for d in definitions]

    def rows(notes: Sequence[Note], labels: dict[str, str], examples: Any) -> list[Any]:
        kept = sorted((n for n in notes if n.status == "kept"), key=lambda n: n.id)
        docs = [tuple(lemma.lower() for lemma in n.content_lemmas) for n in kept]
        texts = [n.clean_text for n in kept]
        scores = score_seeded(docs, definitions, analyzer, cache, settings.themes)
        soft = np.maximum(scores.scores, scores.lexical)
        blended = blend_views(docs, texts, soft, definitions, examples, cache, settings.themes)
        index = {n.id: i for i, n in enumerate(kept)}
        found = []
        for note in notes:
            i = index.get(note.id, index.get(note.duplicate_of or "", -1))
            gold = labels.get(note.id, OTHER)
            found.append({
                "id": note.id, "text": note.text, "gold": gold if gold in seeded else OTHER,
                "decision": blended.decision[i].tolist() if i >= 0 and docs[i] else None,
                "other": float(blended.other[i]) if i >= 0 and docs[i] else None,
            })  # fmt: skip
        return found

    result: dict[str, Any] = {"themes": seeded}
    if mode == "dump":
        files = {f"seeded{n}": DATA / f"seeded_heldout{n}.csv" for n in sets}
        for folder in dev_glob(DATA, "summary_heldout*/corpus/gold"):
            for path in sorted(folder.glob("*.csv")):
                files[f"{folder.parent.parent.name}/{path.stem}"] = path
        for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
            files[f"corpus/{path.stem}"] = path
        for name, path in files.items():
            notes, labels, _, _ = read_gold(path)
            notes = lemmatize_notes(normalize_notes(notes), analyzer)
            notes = mark_chatter(notes, analyzer, settings.chatter)
            result[name] = rows(notes, labels, models.examples)
            print(name, len(notes), flush=True)
        out.write_text(json.dumps(result, ensure_ascii=False))
        return
    training = sorted((ROOT / "models" / "training").glob("*.csv"))
    examples_of = {path: read_examples_file(path) for path in training}
    for held in training[::-1] if reverse else training:
        started = time.process_time()
        train = [
            (text, normalize_text(text), label)
            for path in training
            if path != held
            for text, label in examples_of[path]
        ]
        examples = build_examples(train, seeded, analyzer, cache, settings.themes)
        notes = lemmatize_notes(
            [
                Note(id=f"{held.stem}:{i}", clinic=held.stem, group="g", text=text,
                     clean_text=normalize_text(text), source=SourceRef(held.name, line=i))
                for i, (text, _) in enumerate(examples_of[held], start=1)
            ],
            analyzer,
        )  # fmt: skip
        labels = {n.id: label for n, (_, label) in zip(notes, examples_of[held], strict=True)}
        result[f"cv/{held.stem}"] = rows(notes, labels, examples)
        print(held.stem, f"{time.process_time() - started:.0f} CPU s", flush=True)
        out.write_text(json.dumps(result, ensure_ascii=False))


def predict(rows: Sequence[Any], themes: Sequence[str], margins: Sequence[float]) -> list[str]:
    """Each note's theme: the best of decision + margin when that beats "other"."""
    out = []
    for row in rows:
        if row["decision"] is None:
            out.append(OTHER)
            continue
        lifted = np.nan_to_num(np.asarray(row["decision"], dtype=float), nan=-9.0) + margins
        best = int(lifted.argmax())
        out.append(themes[best] if lifted[best] > row["other"] else OTHER)
    return out


def scores(data: dict[str, Any], names: Sequence[str], margins: Sequence[float]) -> Any:
    """Pooled macro-F1, precision and recall per theme over the batches `names`."""
    themes = data["themes"]
    gold = [row["gold"] for name in names for row in data[name]]
    guess = [p for name in names for p in predict(data[name], themes, margins)]
    precision, recall, f1, _ = precision_recall_fscore_support(
        gold, guess, labels=themes, zero_division=0
    )
    return float(f1.mean()), precision, recall


def study(data: dict[str, Any], margins: Sequence[float]) -> None:
    seeded = sorted((k for k in data if k.startswith("seeded")), key=lambda k: int(k[6:]))
    memo: dict[tuple[str, tuple[float, ...]], float] = {}

    def f1(name: str, margin: Sequence[float]) -> float:
        key = (name, tuple(float(m) for m in margin))
        if key not in memo:
            memo[key] = scores(data, [name], margin)[0]
        return memo[key]

    def mean(train: Sequence[str], margin: Sequence[float]) -> float:
        return float(np.mean([f1(name, margin) for name in train]))

    def fit_one(train: Sequence[str]) -> list[float]:
        best = max(GRID, key=lambda g: (mean(train, [g] * 4), -abs(g)))
        return [float(best)] * 4

    def fit_each(train: Sequence[str]) -> list[float]:
        margin = fit_one(train)
        for _ in range(2):
            for t in range(4):

                def lifted(g: float, t: int = t) -> list[float]:
                    return [g if i == t else m for i, m in enumerate(margin)]

                margin[t] = float(max(GRID, key=lambda g: (mean(train, lifted(g)), -abs(g))))
        return margin

    for label, fit in (("one margin", fit_one), ("per theme", fit_each)):
        pairs = []
        for held in seeded:
            margin = fit([name for name in seeded if name != held])
            pairs.append((f1(held, [0.0] * 4), f1(held, margin)))
            print(f"{label} {held}: margin {np.round(margin, 2).tolist()} "
                  f"{pairs[-1][0]:.3f} -> {pairs[-1][1]:.3f}", flush=True)  # fmt: skip
        before, after = np.mean(pairs, axis=0)
        up = sum(b < a for b, a in pairs)
        down = sum(b > a for b, a in pairs)
        print(f"{label}: leave-one-set-out {before:.4f} -> {after:.4f} ({up} up, {down} down)")
    groups = {
        "seeded sets": seeded,
        "eight summary clinics": [k for k in data if k.split("/")[0] in EIGHT],
        "all summary clinics": [k for k in data if k.startswith("summary")],
        "corpus/gold": [k for k in data if k.startswith("corpus/")],
        "leave-one-writer-out": [k for k in data if k.startswith("cv/")],
    }
    for margin in margins:
        for group, names in groups.items():
            if names:
                macro, precision, recall = scores(data, names, [margin] * 4)
                print(f"margin {margin:g} {group} ({len(names)}): macro-F1 {macro:.3f} "
                      f"P {precision.round(3).tolist()} R {recall.round(3).tolist()}")  # fmt: skip


if __name__ == "__main__":
    main()
