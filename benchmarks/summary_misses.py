"""Why the summary misses reference points: for every point of every clinic of the dev sets
that the bullets do not cover (the benchmark's rule: fewer than half of its content lemmas in
the bullets), the cause, read from the notes of the point's gold theme, the themes stage's
assignments and summary.json's note ids.

    python benchmarks/summary_misses.py [--sets corpus summary_heldout summary_heldout4 ...]
        [--config FILE] [--verbose] [--posts DIR]

The notes behind a point: the notes of its gold theme (corpus/gold/<clinic>.csv) that share
at least two of its content lemmas (one when the point has at most three), or else the one that
shares most. Causes, first that applies:

- `no-words`: the notes behind it together hold fewer than half of the point's lemmas (the
  reference says it in its own words; no choice of notes covers it by this metric);
- `cut`: the notes behind it that a bullet says hold half its lemmas, but the pieces said
  leave them out;
- `no-bullet`: no note behind it that no bullet says is in a theme that got a bullet (its
  notes are in `muu`, chatter, a theme too small or beyond `max_bullets`; the detail says
  which);
- `not-chosen`: its notes are in a theme with a bullet, but too few of them were said (the
  caps, MMR or budget left them out).

Prints per set and overall the count of each cause, R / P / F as summary_quality.py computes
them, with `--verbose` every missed point with its notes (a `*` marks those a bullet says), and
with `--posts DIR` each clinic's bullets in DIR/<set>/<clinic>.md."""

from __future__ import annotations

import argparse
import csv
import sys
import tomllib
from collections import Counter
from pathlib import Path

from muistiinpanot.app.pipeline import process_clinic
from muistiinpanot.records import Note

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_quality import lemma_sets, read_sets  # noqa: E402

SETS = ["corpus", "summary_heldout", *(f"summary_heldout{n}" for n in range(4, 12))]


def _gold(corpus: Path, clinic: str) -> dict[str, str]:
    path = corpus / "gold" / f"{clinic}.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["label"] for row in csv.DictReader(handle)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--posts", type=Path, default=None, help="write each clinic's bullets here")
    args = parser.parse_args()
    overall: Counter[str] = Counter()
    for name, corpus, references, settings, batches, models in read_sets(args.sets, args.config):
        analyzer = models.analyzer
        causes: Counter[str] = Counter()
        for batch in batches:
            reference = references / f"{batch.clinic.id}.toml"
            if not reference.is_file():
                continue
            data = tomllib.loads(reference.read_text(encoding="utf-8"))
            output = process_clinic(batch, models, settings)
            if args.posts is not None:
                folder = args.posts / name
                folder.mkdir(parents=True, exist_ok=True)
                lines = [f"- {b.heading}: {b.text}" for b in output.post.bullets]
                (folder / f"{batch.clinic.id}.md").write_text("\n".join(lines) + "\n", "utf-8")
            causes += _diagnose(output, data, _gold(corpus, batch.clinic.id), analyzer, args)
        overall += causes
        print(f"{name}: " + _line(causes))
    print(f"overall: {_line(overall)}")


def _line(causes: Counter[str]) -> str:
    ratio = causes["overlap"], causes["said"], causes["wanted"]
    r = ratio[0] / ratio[2] if ratio[2] else 0.0
    p = ratio[0] / ratio[1] if ratio[1] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    shown = sorted((k, v) for k, v in causes.items() if k not in {"overlap", "said", "wanted"})
    return f"R/P/F {r:.3f}/{p:.3f}/{f:.3f}; " + ", ".join(f"{k} {v}" for k, v in shown)


def _diagnose(output, data, gold, analyzer, args) -> Counter[str]:  # type: ignore[no-untyped-def]
    notes = {note.id: note for note in output.notes}
    theme_of = {a.note_id: a.theme for a in output.themes.assignments}
    trace_themes = {t["id"]: t for t in output.trace["themes"]}
    bullets = output.post.bullets
    said_ids = {i for bullet in bullets for i in bullet.note_ids}
    with_bullet = {bullet.theme for bullet in bullets}
    said = set().union(*lemma_sets([b.text for b in bullets], analyzer)) if bullets else set()
    causes: Counter[str] = Counter()
    points = [(t["label"], p) for t in data["theme"] for p in t["points"]]
    wanted = lemma_sets([p for _, p in points], analyzer)
    reference = set().union(*wanted)
    causes.update(
        overlap=len(said & reference), said=len(said), wanted=len(reference), points=len(points)
    )
    if args.verbose:
        print(f"{output.clinic.id}:")
        for bullet in bullets:
            print(f"   - [{bullet.theme}] {bullet.text}")
    for (label, point), lemmas in zip(points, wanted, strict=True):
        if not lemmas or len(lemmas & said) * 2 >= len(lemmas):
            causes["covered"] += 1
            continue
        members = [notes[i] for i, g in sorted(gold.items()) if g == label and i in notes]
        overlap = {n.id: len(lemmas & {x.lower() for x in n.content_lemmas}) for n in members}
        least = 1 if len(lemmas) <= 3 else 2
        behind = [n for n in members if overlap[n.id] >= least]
        if not behind and members and max(overlap.values()) > 0:
            behind = [max(members, key=lambda n: (overlap[n.id], n.id))]
        held = _held(behind)
        unsaid = [n for n in behind if n.id not in said_ids]
        if len(lemmas & held) * 2 < len(lemmas):
            cause = "no-words"
        elif len(lemmas & _held([n for n in behind if n.id in said_ids])) * 2 >= len(lemmas):
            cause = "cut"
        elif not any(theme_of.get(n.id) in with_bullet for n in unsaid):
            where = Counter(
                n.status if n.status != "kept" else _why(theme_of.get(n.id, "?"), trace_themes)
                for n in unsaid
            )
            cause = "no-bullet:" + where.most_common(1)[0][0]
        else:
            cause = "not-chosen"
        causes[cause.split(":")[0]] += 1
        if cause.startswith("no-bullet"):
            causes[cause] += 1
        if args.verbose:
            print(f"  [{cause}] {output.clinic.id} {label}: {point}")
            for n in behind:
                mark = "*" if n.id in said_ids else " "
                print(f"     {mark} {theme_of.get(n.id, n.status):12} {n.clean_text or n.text}")
    return causes


def _held(notes: list[Note]) -> set[str]:
    return set().union(*({x.lower() for x in n.content_lemmas} for n in notes))


def _why(theme: str, trace: dict[str, dict[str, object]]) -> str:
    entry = trace.get(theme)
    if entry is None:
        return "unassigned"
    return str(entry.get("reason") or "?") or "?"


if __name__ == "__main__":
    main()
