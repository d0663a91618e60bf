"""summary_quality.py's R / P / F and lint per clinic over every dev set at once, for the
shipped [summary] settings and for variants of them, each clinic's notes and themes read once
(only the summary stage reruns per variant), with a leave-one-clinic-out choice among the
variants.

    python benchmarks/summary_sets.py [--sets corpus summary_heldout summary_heldout4 ...]
        [--config FILE] [--vary KEY=V1,V2,...] [--json FILE] [--posts DIR] [--examples DIR]

`--vary "max_bullets=6,8,10;max_sentences=3,4"` scores the shipped settings with each
combination of the values of those [summary] keys (the first is the baseline); the
leave-one-clinic-out line
says, for every clinic, which value the other clinics' mean F picks and the F it gets on the
clinic held out: the mean of those held-out F is the figure a chosen value can claim.
The sets: `corpus` (references in data/summary_reference/) and data/summary_heldout*/ (their
corpus/ and references/), never a blind round's.

`--examples DIR` runs every clinic with the example files of DIR in place of the settings'
(a candidate folder), fold-aware (seeded33): the clinics of `summary_heldoutN` are run
without DIR's `notes_rN.csv`, the copy of round N's seeded set (same round, same writers'
topics), each such round with its own models."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from muistiinpanot.app.models import Models, load_models
from muistiinpanot.app.pipeline import (
    analyze_notes,
    known_clinic_names,
    publish_clinic,
)
from muistiinpanot.config import RunSettings
from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.records import BlogPost, Note, ThemeResult
from muistiinpanot.summarize.lint import lint_bullets

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_offtheme import note_features, off_theme, read_gold_labels  # noqa: E402
from summary_quality import Score, read_points, read_sets, score  # noqa: E402

SETS = ["corpus", "summary_heldout", *(f"summary_heldout{n}" for n in range(4, 18))]
LINT_KEYS = (
    "no_finite_verb",
    "no_finite_predicate",
    "etta_etta",
    "spoken",
    "necessive_nominative",
    "disagreement",
    "unknown_words",
    "clause_disagreement",
    "unfit_verbs",
    "missing_commas",
    "ungoverned_verbs",
    "parse_disagreement",
    "predicate_chains",
    "adverb_predicatives",  # mend79: a copula before an adverb of direction ("ovat julki")
    "contrast_commas",  # mend79: a contrast "X ei Y" without its comma
    "trailing_fragments",  # mend113: a keyword tagged on after a comma ("…, siilot")
    "slash_lists",  # mend113: a slash between two words ("X / Y")
    "split_coordinations",  # mend113: "kelaa ja vero", one conjunct's case changed
    "slash_left",  # post40: any slash list left, a chain's later slash or short words
    "cut_openings",  # mend177: a sentence opening with a cut part's comma (review 84 #1)
)


def _parse_value(text: str) -> object:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    # A combination is rebuilt from its parsed values ("False"), so read either spelling.
    return {"true": True, "false": False}.get(text.lower(), text)


def _pair(item: str) -> tuple[str, object]:
    key, _, value = item.partition("=")
    return key, _parse_value(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--vary", default=None, help="KEY=V1,V2,... of [summary]")
    parser.add_argument("--json", type=Path, default=None, help="write every row here")
    parser.add_argument("--posts", type=Path, default=None, help="write each post here, to read")
    parser.add_argument(
        "--examples", type=Path, default=None, help="a folder of example files in place of the "
        "settings'; summary_heldoutN's clinics run without its notes_rN.csv")  # fmt: skip
    args = parser.parse_args()
    values: list[object] = [None]
    if args.vary:
        axes = []
        for part in args.vary.split(";"):
            key, _, listed = part.partition("=")
            axes.append([(key, _parse_value(v)) for v in listed.split(",")])
        values = [",".join(f"{k}={v}" for k, v in combo) for combo in itertools.product(*axes)]
    linter = None
    rows: list[dict[str, object]] = []
    folds = _Folds(args.examples)
    for name, corpus, references, settings, batches, models in read_sets(args.sets, args.config):
        settings, models = folds.models(name, settings, models)
        analyzer = models.analyzer
        linter = linter or (
            analyzer if analyzer.reading == "parser" else load_analyzer(analyzer.mode)
        )
        for batch in batches:
            reference = references / f"{batch.clinic.id}.toml"
            if not reference.is_file():
                continue
            points = read_points(reference)
            notes, themes = analyze_notes(batch.notes, models, settings)
            texts = [n.clean_text or n.text for n in notes if n.status == "kept"]
            names = known_clinic_names(notes, models)
            gold = read_gold_labels(corpus, batch.clinic.id)
            for value in values:
                summary = settings.summary
                if value is not None:
                    changes = dict(_pair(item) for item in str(value).split(","))
                    summary = dataclasses.replace(summary, **changes)
                _, post, trace = publish_clinic(batch.clinic, notes, themes, models, summary, names)

                traced = trace["bullets"]  # type: ignore[index]
                pieces, off, off_texts = off_theme(traced, themes, gold)
                bullets = [b.text for b in post.bullets]
                if args.posts is not None:
                    stem = f"{name}__{batch.clinic.id}__{value}"  # "=0.5": no suffix
                    _write_post(args.posts / f"{stem}.md", post)
                    (args.posts / f"{stem}.json").write_text(
                        json.dumps(trace, ensure_ascii=False, indent=1), "utf-8"
                    )
                    _write_notes(args.posts / f"{stem}.notes.json", notes, themes)
                result = score(bullets, points, analyzer)
                lint = lint_bullets(bullets, linter, summary.max_predicates)
                row = {
                    "set": name,
                    "clinic": batch.clinic.id,
                    "value": value,
                    "bullets": len(bullets),
                    "kept": len(texts),
                    "score": result.astuple(),
                    "recall": round(result.recall, 3),
                    "precision": round(result.precision, 3),
                    "f1": round(result.f1, 3),
                    "lint": sum(lint[k] for k in LINT_KEYS),
                    "lint_kinds": {k: lint[k] for k in LINT_KEYS if lint[k]},
                    "sentences": lint["sentences"],
                    "words": sum(len(b.split()) for b in bullets),
                    "gathering": _gathering(trace),
                    "pieces": pieces,
                    "offtheme": off,
                    "offtheme_texts": off_texts,
                    "notes": note_features(traced, themes, gold),
                    "bullet_pieces": [
                        [b["theme"], [p["note_id"] for p in b["pieces"]]] for b in traced
                    ],
                }
                rows.append(row)
                print(
                    f"{name:18} {batch.clinic.id:38} {value!s:>28} n={len(texts):3} "
                    f"b={len(bullets):2} R {result.recall:.3f} P {result.precision:.3f} "
                    f"F {result.f1:.3f} lint {row['lint']} of {lint['sentences']} "
                    f"off {off} of {pieces}",
                    flush=True,
                )
    if args.json is not None:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
    _summarize(rows, values)


class _Folds:
    """Models over `--examples DIR`: one for DIR whole, and for the clinics of a round N whose
    seeded set DIR holds as `notes_rN.csv`, one over DIR without it (loaded per such round)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.whole: Models | None = None
        #: the folds' folders of links to DIR's files, removed when the run ends
        self.root = tempfile.TemporaryDirectory(prefix="summary-sets-folds-")

    def models(
        self, name: str, settings: RunSettings, loaded: Models
    ) -> tuple[RunSettings, Models]:
        if self.folder is None:
            return settings, loaded
        found = re.fullmatch(r"summary_heldout(\d+)", name)
        own = f"notes_r{found.group(1)}.csv" if found else None
        files = sorted(self.folder.glob("*.csv"))
        if own is None or own not in {p.name for p in files}:
            settings = dataclasses.replace(settings, theme_examples=self.folder.resolve())
            self.whole = self.whole or load_models(settings)
            print(f"{name}: examples {self.folder}", flush=True)
            return settings, self.whole
        fold = Path(self.root.name) / own[:-4]
        fold.mkdir()
        for path in files:
            if path.name != own:
                (fold / path.name).symlink_to(path.resolve())
        settings = dataclasses.replace(settings, theme_examples=fold)
        print(f"{name}: examples {self.folder} without {own}", flush=True)
        return settings, load_models(settings)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _gathering(trace: dict[str, object]) -> int:
    """How many bullets have a sentence that gathers two notes or more: the bullet says more
    notes (summary.json's pieces) than it has sentences."""
    entries = trace.get("bullets", [])
    count = 0
    for entry in entries if isinstance(entries, list) else []:
        notes = {piece["note_id"] for piece in entry["pieces"]}
        count += len(notes) > len(_SENTENCE_END.split(entry["text"]))
    return count


def _write_notes(path: Path, notes: Sequence[Note], themes: ThemeResult) -> None:
    """Each note's group, status, text, theme and its score (None when not kept), for
    summary_lost.py to read beside the post and its trace (the score, a seeded claim's
    fit, for post50's choice)."""
    theme = {a.note_id: a.theme for a in themes.assignments}
    fit = {a.note_id: a.score for a in themes.assignments}
    rows = [
        {
            "id": n.id,
            "group": n.group,
            "status": n.status,
            "text": n.clean_text or n.text,
            "theme": theme.get(n.id),
            "score": fit.get(n.id),
        }
        for n in notes
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


def _write_post(path: Path, post: BlogPost) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# {post.title}", "", post.lead, "", *post.paragraphs, ""]
    lines += [f"- {b.heading}: {b.text}" if b.heading else f"- {b.text}" for b in post.bullets]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def _summarize(rows: list[dict[str, object]], values: list[object]) -> None:
    print(f"\n{'value':30} mean F  micro R/P/F          clinics better/worse than first  lint")
    first = {(r["set"], r["clinic"]): r["f1"] for r in rows if r["value"] == values[0]}
    for value in values:
        mine = [r for r in rows if r["value"] == value]
        total = Score(0, 0, 0, 0, 0)
        for r in mine:
            total += Score(*r["score"])  # type: ignore[misc]
        mean = sum(float(r["f1"]) for r in mine) / len(mine)  # type: ignore[arg-type]
        better = sum(1 for r in mine if r["f1"] > first[(r["set"], r["clinic"])])  # type: ignore[operator]
        worse = sum(1 for r in mine if r["f1"] < first[(r["set"], r["clinic"])])  # type: ignore[operator]
        lint = sum(int(r["lint"]) for r in mine)  # type: ignore[call-overload]
        sentences = sum(int(r["sentences"]) for r in mine)  # type: ignore[call-overload]
        print(
            f"{value!s:30} {mean:.4f}  {total.recall:.3f}/{total.precision:.3f}/{total.f1:.3f}"
            f"      {better:3d}/{worse:3d}                          {lint} of {sentences}"
        )
        count = sum(int(r["bullets"]) for r in mine)  # type: ignore[call-overload]
        gathering = sum(int(r.get("gathering", 0)) for r in mine)  # type: ignore[call-overload]
        print(
            f"{'':30} {sentences / max(count, 1):.2f} sentences per bullet; "
            f"{gathering} of {count} bullets gather two notes or more in one sentence"
        )

    _off_theme_lines(rows, values)
    if len(values) < 2:
        return
    clinics = sorted(first)
    f = {(r["set"], r["clinic"], r["value"]): float(r["f1"]) for r in rows}  # type: ignore[arg-type]
    held: list[float] = []
    picks: Counter[object] = Counter()
    for out in clinics:
        others = [c for c in clinics if c != out]
        best = max(values, key=lambda v: (sum(f[(*c, v)] for c in others), -values.index(v)))
        picks[best] += 1
        held.append(f[(*out, best)])
    base = sum(first.values()) / len(first)
    print(
        f"leave-one-clinic-out: mean held-out F {sum(held) / len(held):.4f} "
        f"(first value {base:.4f}); picks {dict(picks)}"
    )


def _off_theme_lines(rows: list[dict[str, object]], values: list[object]) -> None:
    """Off-theme pieces (summary_offtheme.py) per set and in all, for each value."""
    for value in values:
        mine = [r for r in rows if r["value"] == value]
        sets = list(dict.fromkeys(str(r["set"]) for r in mine))
        parts = []
        for name in [*sets, "all"]:
            these = [r for r in mine if name in ("all", r["set"])]
            off = sum(int(r["offtheme"]) for r in these)  # type: ignore[call-overload]
            pieces = sum(int(r["pieces"]) for r in these)  # type: ignore[call-overload]
            parts.append(f"{name} {off}/{pieces}")
        print(f"off-theme pieces, {value}: " + ", ".join(parts))


if __name__ == "__main__":
    main()
