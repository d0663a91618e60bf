"""Seeded recall on new writers: leave-one-writer-out over the blind sets (session 16).

    python benchmarks/themes_recall.py dump OUT.json [--sets 8 ... 16]
        [--clinics [--clinic-rounds 26 27 28]] [--set classifier_c=30 ...]
        [--weight 'notes_z[o-x]=0.5' ...] [--training DIR [DIR ...]] [--copies 29 ... 46]
        [--blind-ok]
    python benchmarks/themes_recall.py study OUT.json [--margins 0 0.05]
    python benchmarks/themes_recall.py compare BEFORE.json --after AFTER.json

`dump` holds each seeded dev set `seeded_heldoutN.csv` out in turn: the examples are every file
of DIR (default `models/training`) except the set's own copy (`notes_zg` for round 8 …
`notes_zn` for 15, `notes_zo` … `notes_zz` for 16 … 27, `notes_zza` and `notes_zzb` for 28,
when DIR has them; rounds 29 … 118 have no copy among the example files: a candidate
folder's copy of round N is named `notes_rN` and left out of its own fold), and the set is
scored as `muistiinpanot evaluate` scores it (normalised, lemmatized, chatter marked, one
batch). For every note it writes the gold label and the blended decision per seeded theme and
the blended "other" score (themes/blend.py; at margin 0 the decision of `decide_seeded`), read
from what `run` reads: `seeded_choice.seeded_evidence`, the call assign.py makes, so the
seed-sense step (seedsense.py) is scored too (before seeded36 the dump left it out), and so
is a broken promise's lift (promise.py; seeded40) and a proposed trial's (trial.py; seeded42).
`--clinics` adds the summary gold clinics (`summary_heldout*/corpus/gold`) and `corpus/gold`,
fold-aware (seeded33): a clinic of round N is scored with the examples of round N's own fold,
without the round's copies (`own_copies`: its `OWN` file and a `notes_rN`), as its seeded set
is; `corpus/gold` and round 3's clinics (no seeded set) with all of DIR's files (before
seeded33 every clinic was, so a clinic read its own round's seeded set). The dump's `folds`
names the files each batch was scored without. The examples' lemmas are computed once for all
folds. `--set KEY=VALUE` overrides a `[themes]` setting (a variant measured the same way);
`--weight GLOB=W` weighs every example of the files whose stem matches GLOB W in the
classifier's loss (the exemplar view keeps them all alike). The summary clinics are read up to
`LAST_DEV_ROUND`, each round's folder by its name (`--clinic-rounds`: only those rounds'
clinics, without `corpus/gold`). A round past `LAST_DEV_ROUND` (or from
`blind_rounds.BLIND_FROM`), as a set or a clinic round, is refused unless `--blind-ok` is given:
the lead's pre-registered run after the round's final measurement (docs/how-it-works.md,
"Seeded themes, seeded23 (pre-registered)"). `--training` takes several folders, read as one
(e.g. `models/training benchmarks/data/candidate_e`). `--copies N ...` adds the dev seeded sets
of those rounds to the examples as `notes_rN` (read from `seeded_heldoutN.csv`, no copy kept),
each left out of its own round's fold (seeded32).

`study` reads a dump and prints, per set and pooled: seeded macro-F1, precision and recall per
theme, and where the missed theme notes went (`other` or another theme); then the nested
leave-one-set-out estimate of one margin over "other" (chosen on the other sets' mean macro-F1,
scored on the held set), and the summary clinics' and `corpus/gold`'s figures at each margin
given. `compare` prints two dumps side by side: each set's macro-F1 and per-theme F1, and
precision / recall per theme over the summary gold clinics and `corpus/gold`, with a 95 %
bootstrap interval (over the clinics, 2,000 draws) of the change in siilot precision.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from collections import Counter
from collections.abc import Collection, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from blind_rounds import BLIND_FROM
from muistiinpanot.app.models import load_models
from muistiinpanot.chatter import mark_chatter
from muistiinpanot.config import load_run_settings
from muistiinpanot.ingest.labelled import read_examples_file, read_gold
from muistiinpanot.lemmatize import lemmatize_notes
from muistiinpanot.normalize import normalize_notes, normalize_text
from muistiinpanot.records import Note
from muistiinpanot.themes import examples as examples_module
from muistiinpanot.themes.blend import combine_views, view_scores
from muistiinpanot.themes.classifier import OTHER
from muistiinpanot.themes.examples import ExampleSet, build_examples
from muistiinpanot.themes.promise import promise_lift
from muistiinpanot.themes.seeded_choice import seeded_evidence
from muistiinpanot.themes.trial import trial_lift
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
#: Each blind round's own copy among the example files.
OWN: dict[int, str | tuple[str, ...]] = {
       4: "notes_zc", 5: "notes_zd", 6: "notes_ze", 7: "notes_zf", 8: "notes_zg", 9: "notes_zh",
       10: "notes_zi", 11: "notes_zj", 12: "notes_zk",
       13: "notes_zl", 14: "notes_zm", 15: "notes_zn", 16: "notes_zo", 17: "notes_zp",
       18: "notes_zq", 19: "notes_zr", 20: "notes_zs", 21: "notes_zt", 22: "notes_zu",
       23: "notes_zv", 24: "notes_zw", 25: "notes_zx", 26: "notes_zy", 27: "notes_zz",
       28: ("notes_zza", "notes_zzb")}  # fmt: skip
EIGHT = ("summary_heldout", "summary_heldout4", "summary_heldout5", "summary_heldout6")
#: The last round that is a dev set; later rounds are being written blind and never read.
LAST_DEV_ROUND = 118
GRID = np.round(np.arange(-0.05, 0.301, 0.01), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["dump", "study", "compare"])
    parser.add_argument("--after", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--training", type=Path, nargs="+", default=[ROOT / "models" / "training"],
        help="folders of example files, read as one (a candidate's added files beside "
        "models/training)")  # fmt: skip
    parser.add_argument("--sets", type=int, nargs="+", default=list(range(8, 17)))
    parser.add_argument("--clinics", action="store_true")
    parser.add_argument(
        "--copies", type=int, nargs="+", default=[], help="dev seeded sets of these rounds "
        "join the examples as notes_rN, each left out of its own fold")  # fmt: skip
    parser.add_argument(
        "--clinic-rounds", type=int, nargs="+", default=None, help="with --clinics: only these "
        "rounds' summary gold clinics, and not `corpus/gold` (default: rounds 3 … LAST_DEV_ROUND "
        "and `corpus/gold`)")  # fmt: skip
    parser.add_argument(
        "--blind-ok", action="store_true", help="allow rounds past LAST_DEV_ROUND (the lead's "
        "pre-registered run after their final measurement; never a dev run)")  # fmt: skip
    parser.add_argument("--margins", type=float, nargs="+", default=[0.0])
    parser.add_argument("--set", nargs="+", default=[], dest="overrides")
    parser.add_argument(
        "--weight", nargs="+", default=[], help="GLOB=W: example files whose stem matches "
        "GLOB weigh W in the classifier's loss (a candidate measured the same way)")  # fmt: skip
    args = parser.parse_args()
    if args.mode == "compare":
        compare(json.loads(args.out.read_text()), json.loads(args.after.read_text()))
    elif args.mode == "study":
        study(json.loads(args.out.read_text()), args.margins)
    else:
        weights = [(glob, float(w)) for glob, w in (item.split("=", 1) for item in args.weight)]
        rounds = args.clinic_rounds
        blind = past_dev([*args.sets, *(rounds or []), *args.copies])
        if any(n < 3 for n in rounds or []):
            parser.error("--clinic-rounds: the summary gold clinics start at round 3")
        if blind and not args.blind_ok:
            parser.error(f"rounds {blind} are past LAST_DEV_ROUND = {LAST_DEV_ROUND}: blind "
                         "rounds are read only with --blind-ok, by the lead, after their "
                         "final measurement")  # fmt: skip
        dump(
            args.out,
            args.training,
            args.sets,
            args.clinics,
            args.overrides,
            weights,
            rounds,
            args.copies,
        )


def past_dev(rounds: Sequence[int]) -> list[int]:
    """The rounds of `rounds` that are not dev sets (written blind: read only with --blind-ok)."""
    return sorted({n for n in rounds if n > LAST_DEV_ROUND or n >= BLIND_FROM})


def dump(
    out: Path,
    training: Sequence[Path],
    sets: Sequence[int],
    clinics: bool,
    overrides: Sequence[str],
    weights: Sequence[tuple[str, float]] = (),
    clinic_rounds: Sequence[int] | None = None,
    copies: Sequence[int] = (),
) -> None:
    # each dev round's folder by name: the blind rounds' folders are never listed
    rounds = range(3, LAST_DEV_ROUND + 1) if clinic_rounds is None else clinic_rounds
    folders = [DATA / f"summary_heldout{n if n > 3 else ''}" / "corpus" / "gold"
               for n in rounds]  # fmt: skip
    missing = [str(f) for f in folders if clinic_rounds is not None and not f.is_dir()]
    if clinics and missing:
        raise SystemExit(f"no clinic folder {', '.join(missing)}")
    settings = load_run_settings(
        ROOT / "pipelines" / "clinic.toml", input_path=ROOT, out=out.parent
    )
    changes: dict[str, Any] = {}
    for item in overrides:
        key, value = item.split("=", 1)
        kind = type(getattr(settings.themes, key))
        changes[key] = value.lower() in {"1", "true"} if kind is bool else kind(value)
    settings = dataclasses.replace(settings, themes=dataclasses.replace(settings.themes, **changes))
    models = load_models(settings)
    analyzer, definitions = models.analyzer, models.definitions
    cache = VectorCache(analyzer)
    seeded = [d.id for d in definitions]
    files = [p for folder in training for p in folder.glob("*.csv")]
    files = sorted([*files, *(DATA / f"seeded_heldout{n}.csv" for n in copies)], key=_stem)
    if len({_stem(p) for p in files}) < len(files):
        raise SystemExit("an example file's name is in two --training folders")
    example_rows = {
        _stem(path): [
            (text, normalize_text(text), label) for text, label in read_examples_file(path)
        ]
        for path in files
    }
    _share_lemmas([row for rows in example_rows.values() for row in rows])

    def examples_without(own: tuple[str, ...]) -> ExampleSet:
        names = [name for name in example_rows if name not in own]
        rows = [row for name in names for row in example_rows[name]]
        weight = {name: next((w for glob, w in weights if fnmatch(name, glob)), 1.0)
                  for name in names}  # fmt: skip
        examples = build_examples(
            rows, seeded, analyzer, cache, settings.themes,
            seed_lemmas=[d.seed_lemmas for d in definitions],
            weights=[weight[n] for n in names for _ in example_rows[n]] if weights else None,
        )  # fmt: skip
        assert examples is not None
        return examples

    def scored(path: Path, examples: ExampleSet) -> list[Any]:
        notes, labels, _, _ = read_gold(path)
        notes = lemmatize_notes(normalize_notes(notes), analyzer)
        notes = mark_chatter(notes, analyzer, settings.chatter)
        return _rows(notes, labels, examples, models, cache, settings, seeded)

    clinic_paths: dict[int, dict[str, Path]] = {}
    if clinics:
        for number, folder in zip(rounds, folders, strict=True):
            if folder.is_dir():
                clinic_paths[number] = {f"{folder.parent.parent.name}/{path.stem}": path
                                        for path in sorted(folder.glob("*.csv"))}  # fmt: skip
        if clinic_rounds is None:
            gold = sorted((ROOT / "corpus" / "gold").glob("*.csv"))
            clinic_paths[0] = {f"corpus/{p.stem}": p for p in gold}
    result: dict[str, Any] = {"themes": seeded, "training": [_stem(p) for p in files],
                              "folds": {}}  # fmt: skip
    everything: ExampleSet | None = None
    for number, own, batches in plan_folds(sets, clinic_paths, example_rows):
        if own:
            examples = examples_without(own)
        else:
            everything = everything or examples_without(())
            examples = everything
        for name, path in batches.items():
            result[name] = scored(path, examples)
            result["folds"][name] = list(own)
        print(f"round {number}: {len(batches)} batches without {' '.join(own) or None}",
              flush=True)  # fmt: skip
        out.write_text(json.dumps(result, ensure_ascii=False))


def own_copies(number: int, names: Collection[str]) -> tuple[str, ...]:
    """Round `number`'s own seeded set among the example files `names`: its copy among the
    shipped files (`OWN`, rounds 4-15, and 16-28 when `candidate_e` is read) and a candidate's
    copy `notes_rN` (`--copies`, seeded32); round 0 (`corpus/gold`) and 3 have none."""
    stems = OWN.get(number, ())
    wanted = [*((stems,) if isinstance(stems, str) else stems), f"notes_r{number}"]
    return tuple(s for s in wanted if s in names)


def plan_folds(
    sets: Sequence[int], clinic_paths: dict[int, dict[str, Path]], names: Collection[str]
) -> list[tuple[int, tuple[str, ...], dict[str, Path]]]:
    """The dump's folds, in order: (round, the example files left out, the batches scored so).
    A round's seeded set `seededN` and its summary gold clinics are scored alike, with examples
    that leave out that round's own copies (seeded33: before, `--clinics` scored every clinic
    with all the files, so a clinic of round N read round N's seeded set); `corpus/gold`
    (round 0) and round 3's clinics with every file."""
    plan = []
    for number in sorted({*sets, *clinic_paths}):
        batches = dict(clinic_paths.get(number, {}))
        if number in sets:
            batches = {f"seeded{number}": DATA / f"seeded_heldout{number}.csv", **batches}
        plan.append((number, own_copies(number, names), batches))
    return plan


def _stem(path: Path) -> str:
    """An example file's name; a dev seeded set's copy (`--copies`) is `notes_rN`."""
    found = re.fullmatch(r"seeded_heldout(\d+)", path.stem)
    return f"notes_r{found.group(1)}" if found else path.stem


def _share_lemmas(rows: Sequence[tuple[str, str, str]]) -> None:
    """Lemmatize every example text once (through the disk cache) and let each fold's
    `build_examples` look its texts up instead of lemmatizing its own list again."""
    texts = [text for text, _, _ in rows]
    original = examples_module.cached_docs
    known: dict[str, tuple[str, ...]] = {}

    def lookup(wanted: Sequence[str], identity: str, compute: Any) -> Any:
        if not known:
            known.update(zip(texts, original(texts, identity, compute), strict=True))
        return tuple(known[text] for text in wanted)

    examples_module.cached_docs = lookup


def _rows(
    notes: Sequence[Note],
    labels: dict[str, str],
    examples: ExampleSet,
    models: Any,
    cache: VectorCache,
    settings: Any,
    seeded: Sequence[str],
) -> list[Any]:
    kept = sorted((n for n in notes if n.status == "kept"), key=lambda n: n.id)
    docs = [tuple(lemma.lower() for lemma in n.content_lemmas) for n in kept]
    texts = [n.clean_text for n in kept]
    definitions = models.definitions
    # what `run` reads (assign.py): the seed-sense step, then the soft and lexical scores
    sensed, sensed_texts, soft = seeded_evidence(
        docs, texts, definitions, models.analyzer, cache, settings.themes, True
    )
    views, _ = view_scores(
        sensed, sensed_texts, soft, definitions, examples, cache, settings.themes
    )
    decisions, others = combine_views(views, settings.themes)
    # a broken promise's lift (promise.py), as decide_seeded adds it (seeded40)
    decisions = decisions + promise_lift(
        sensed_texts, definitions, models.analyzer, settings.themes
    )
    # a proposed trial's lift (trial.py), as assign.py adds it (seeded42)
    decisions = decisions + trial_lift(
        sensed, sensed_texts, definitions, models.analyzer, settings.themes
    )
    index = {n.id: i for i, n in enumerate(kept)}
    found = []
    for note in notes:
        i = index.get(note.id, index.get(note.duplicate_of or "", -1))
        gold = labels.get(note.id, OTHER)
        known = i >= 0 and bool(sensed[i])  # run's decide_seeded skips an empty one
        found.append({
            "id": note.id, "text": note.text, "gold": gold if gold in seeded else OTHER,
            "status": note.status,
            "decision": decisions[i].tolist() if known else None,
            "other": float(others[i]) if known else None,
            "views": [v[i].tolist() for v, _ in views] if known else None,
            "others": [float(o[i]) for _, o in views] if known else None,
        })  # fmt: skip
    return found


def predict(rows: Sequence[Any], themes: Sequence[str], margin: float) -> list[str]:
    """Each note's theme: its best theme when the decision plus `margin` beats "other"."""
    out = []
    for row in rows:
        if row["decision"] is None:
            out.append(OTHER)
            continue
        decision = np.nan_to_num(np.asarray(row["decision"], dtype=float), nan=-9.0)
        best = int(decision.argmax())
        out.append(themes[best] if decision[best] + margin > row["other"] else OTHER)
    return out


def scores(data: dict[str, Any], names: Sequence[str], margin: float) -> Any:
    """Pooled macro-F1, precision and recall per theme over the batches `names`."""
    themes = data["themes"]
    gold = [row["gold"] for name in names for row in data[name]]
    guess = [p for name in names for p in predict(data[name], themes, margin)]
    precision, recall, f1, _ = precision_recall_fscore_support(
        gold, guess, labels=themes, zero_division=0
    )
    return float(f1.mean()), precision, recall, gold, guess


def study(data: dict[str, Any], margins: Sequence[float]) -> None:
    themes = data["themes"]
    sets = sorted((k for k in data if k.startswith("seeded")), key=lambda k: int(k[6:]))
    for name in [*sets, "pooled"]:
        names = sets if name == "pooled" else [name]
        macro, precision, recall, gold, guess = scores(data, names, 0.0)
        missed: Counter[str] = Counter()
        for g, p in zip(gold, guess, strict=True):
            if g != OTHER and p != g:
                missed[f"{g}->{'other' if p == OTHER else 'theme'}"] += 1
        to_other = sum(v for k, v in missed.items() if k.endswith("other"))
        to_theme = sum(v for k, v in missed.items() if k.endswith("theme"))
        print(f"{name}: macro-F1 {macro:.3f} | "
              + " ".join(f"{t} P {p:.2f} R {r:.2f}" for t, p, r in
                         zip(themes, precision, recall, strict=True))
              + f" | missed to other {to_other}, to another theme {to_theme} "
              f"{dict(sorted(missed.items()))}")  # fmt: skip
    memo: dict[tuple[str, float], float] = {}

    def f1(name: str, margin: float) -> float:
        if (name, margin) not in memo:
            memo[(name, margin)] = scores(data, [name], margin)[0]
        return memo[(name, margin)]

    pairs = []
    for held in sets:
        train = [name for name in sets if name != held]
        chosen = float(max(GRID, key=lambda g: (np.mean([f1(n, g) for n in train]), -abs(g))))
        pairs.append((f1(held, 0.0), f1(held, chosen)))
        print(f"nested margin {held}: {chosen:.2f} {pairs[-1][0]:.3f} -> {pairs[-1][1]:.3f}")
    before, after = np.mean(pairs, axis=0)
    up = sum(b < a for b, a in pairs)
    down = sum(b > a for b, a in pairs)
    print(f"nested margin: mean {before:.4f} -> {after:.4f} ({up} up, {down} down)")
    groups = {
        "seeded sets": sets,
        "eight summary clinics": [k for k in data if k.split("/")[0] in EIGHT],
        "all summary clinics": [k for k in data if k.startswith("summary")],
        "corpus/gold": [k for k in data if k.startswith("corpus/")],
    }
    for margin in margins:
        for group, names in groups.items():
            if names:
                macro, precision, recall, _, _ = scores(data, names, margin)
                print(f"margin {margin:g} {group} ({len(names)}): macro-F1 {macro:.3f} "
                      f"P {precision.round(3).tolist()} R {recall.round(3).tolist()}")  # fmt: skip


def compare(before: dict[str, Any], after: dict[str, Any]) -> None:
    themes = before["themes"]
    sets = sorted(
        (k for k in before if k.startswith("seeded") and k in after), key=lambda k: int(k[6:])
    )
    pairs, themed = [], []
    for name in sets:
        old, new = (_per_theme(data, [name]) for data in (before, after))
        pairs.append((old.mean(), new.mean()))
        themed.append((old, new))
        print(f"{name}: {old.mean():.3f} ({', '.join(f'{v:.3f}' for v in old)}) -> "
              f"{new.mean():.3f} ({', '.join(f'{v:.3f}' for v in new)})")  # fmt: skip
    means = np.mean(pairs, axis=0)
    print(
        f"mean of {len(sets)}: {means[0]:.3f} -> {means[1]:.3f} "
        f"({sum(b < a for b, a in pairs)} up, {sum(b > a for b, a in pairs)} down)"
    )
    if sets:
        by_theme = np.mean(themed, axis=0)
        changes = [a - b for b, a in pairs]
        worst = int(np.argmin(changes))
        print("mean F1 per theme: " + ", ".join(
            f"{t} {b:.3f} -> {a:.3f}" for t, b, a in zip(themes, *by_theme, strict=True))
            + f"; largest fall {sets[worst]} {changes[worst]:+.3f}")  # fmt: skip
    groups = {
        "seeded sets pooled": sets,
        "eight summary clinics": [k for k in before if k.split("/")[0] in EIGHT],
        "all summary clinics": [k for k in before if k.startswith("summary")],
        "corpus/gold": [k for k in before if k.startswith("corpus/")],
    }
    for group, names in groups.items():
        if not names:
            continue
        line = []
        for data in (before, after):
            macro, precision, recall, _, _ = scores(data, names, 0.0)
            line.append(f"{macro:.3f} P/R " + ", ".join(
                f"{p:.2f}/{r:.2f}" for p, r in zip(precision, recall, strict=True)))  # fmt: skip
        print(f"{group} ({len(names)}): {line[0]} -> {line[1]}")
        if group.startswith("all summary"):
            print("  siilot precision change, 95 % bootstrap over the clinics: "
                  f"{_bootstrap(before, after, names, themes[0])}")  # fmt: skip


def _per_theme(data: dict[str, Any], names: Sequence[str]) -> Any:
    _, precision, recall, _, _ = scores(data, names, 0.0)
    return np.where(
        precision + recall > 0, 2 * precision * recall / (precision + recall + 1e-12), 0
    )


def _bootstrap(
    before: dict[str, Any], after: dict[str, Any], names: Sequence[str], theme: str
) -> str:
    themes = before["themes"]
    counts = []
    for name in names:
        row = []
        for data in (before, after):
            gold = [r["gold"] for r in data[name]]
            guess = predict(data[name], themes, 0.0)
            claimed = sum(p == theme for p in guess)
            right = sum(p == theme == g for g, p in zip(gold, guess, strict=True))
            row += [right, claimed]
        counts.append(row)
    table = np.array(counts, dtype=float)
    draws = np.random.default_rng(0).integers(0, len(names), size=(2000, len(names)))
    sums = table[draws].sum(axis=1)
    change = sums[:, 2] / sums[:, 3] - sums[:, 0] / sums[:, 1]
    total = table.sum(axis=0)
    low, high = np.percentile(change, [2.5, 97.5])
    false = f"false {total[1] - total[0]:.0f} -> {total[3] - total[2]:.0f}"
    return (f"{total[0] / total[1]:.3f} -> {total[2] / total[3]:.3f} ({false}), "
            f"[{low:+.3f}, {high:+.3f}]")  # fmt: skip


if __name__ == "__main__":
    main()
