"""Points that three groups or more made and the post leaves out, and the stage that lost each
(review 35: interpreters raised by all five groups of kotoutuminen, noise measurements by all
five of melu, time and resources by all four of kokeilukulttuuri, none in the post). Reads
what `summary_sets.py --posts DIR` wrote (each clinic's post, summary.json trace and notes
with their groups and themes), so it reruns in seconds on any run's posts:

    python benchmarks/summary_sets.py --sets corpus summary_heldout ... --posts DIR
    python benchmarks/summary_lost.py DIR [--groups 3] [--verbose] [--json FILE]

Two views, over every clinic of DIR whose set has references (benchmarks/data/…/references,
gold labels in the set's corpus/gold):

- a reference point is *backed* by the notes of its gold label that share at least two of
  its content lemmas (one when it has at most three; summary_misses.py's rule) and *missed*
  when the bullets hold fewer than half its lemmas (summary_quality.py's rule);
- a gold label (muu left out) is *missed* when no bullet is about it: none has two of its
  notes, nor one when they are the bullet's largest share.

Only points and labels whose notes come from `--groups` groups or more are listed. The stage
that lost one, the first that applies:

- `no-words`: its notes together hold fewer than half the point's lemmas (points only);
- `trimmed`: a bullet says one of its notes, whose text holds half the point's lemmas, but
  the piece said leaves them out (points only);
- otherwise (points): the stages below, read from its notes that no bullet says;
- `not-kept`: none of its notes is kept (chatter, duplicate, empty);
- `muu`: most of its kept notes are in `muu`;
- `split`: no theme holds half of its kept notes;
- `no-bullet:<reason>`: the theme holding most of them has no bullet (the trace's reason);
- `no-piece` (points): that theme has a bullet, but none of its notes there offers a piece
  (summarize/notepieces.parse_pieces rejects each: an unknown or spoken word, a first person,
  a cut that would turn the note);
- `not-chosen`: that theme has a bullet, which chose other notes (labels: `not-gathered`
  when a bullet says one of them, but none two).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.clearing import clear_notes
from muistiinpanot.summarize.notepieces import parse_pieces

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_quality import lemma_sets, set_paths  # noqa: E402


@dataclass(frozen=True)
class Clinic:
    """One clinic's run as summary_sets.py wrote it, with its gold labels and references."""

    set: str
    id: str
    notes: dict[str, dict[str, object]]  # id -> group, status, text, theme
    trace: dict[str, object]
    gold: dict[str, str]
    points: list[tuple[str, str]]  # (label, point)


def read_clinics(posts: Path) -> list[Clinic]:
    clinics = []
    for path in sorted(posts.glob("*__None.notes.json")):
        name, clinic, _ = path.name.split("__")
        corpus, references = set_paths(name)
        reference = references / f"{clinic}.toml"
        gold_path = corpus / "gold" / f"{clinic}.csv"
        if not reference.is_file() or not gold_path.is_file():
            continue
        with gold_path.open(encoding="utf-8", newline="") as handle:
            gold = {row["id"]: row["label"] for row in csv.DictReader(handle)}
        data = tomllib.loads(reference.read_text("utf-8"))
        notes = {str(n["id"]): n for n in json.loads(path.read_text("utf-8"))}
        trace = json.loads(path.with_name(f"{name}__{clinic}__None.json").read_text("utf-8"))
        points = [(str(t["label"]), str(p)) for t in data["theme"] for p in t["points"]]
        clinics.append(Clinic(name, clinic, notes, trace, gold, points))
    return clinics


def _half(wanted: set[str], held: set[str]) -> bool:
    return bool(wanted) and len(wanted & held) * 2 >= len(wanted)


def diagnose(clinic: Clinic, analyzer, groups: int, verbose: bool) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    notes = clinic.notes
    bullets = clinic.trace["bullets"]  # type: ignore[index]
    reasons = {str(t["id"]): str(t.get("reason") or "?") for t in clinic.trace["themes"]}  # type: ignore[attr-defined]
    with_bullet = {str(b["theme"]) for b in bullets}
    said_ids = {p["note_id"] for b in bullets for p in b["pieces"]}
    texts = [str(b["text"]) for b in bullets]
    said = set().union(*lemma_sets(texts, analyzer)) if texts else set()
    ids = [i for i in notes if i in clinic.gold]
    texts_of = [str(notes[i]["text"]) for i in ids]
    note_lemmas = dict(zip(ids, lemma_sets(texts_of, analyzer), strict=True))
    pieces = {(str(b["theme"]), p["note_id"]): p["text"] for b in bullets for p in b["pieces"]}
    rows: list[dict[str, object]] = []

    def stage(backing: list[str], wanted: set[str] | None) -> str:
        used = [i for i in backing if i in said_ids]
        if wanted is not None:
            if not _half(wanted, set().union(*(note_lemmas[i] for i in backing))):
                return "no-words"
            if used and _half(wanted, set().union(*(note_lemmas[i] for i in used))):
                return "trimmed"
            # where the notes the bullets did not say are: the stage that lost the point
            backing = [i for i in backing if i not in said_ids]
        kept = [i for i in backing if notes[i]["status"] == "kept"]
        if not kept:
            return "not-kept"
        where = Counter(str(notes[i]["theme"]) for i in kept)
        theme, count = where.most_common(1)[0]
        if theme == "muu" and count * 2 >= len(kept):
            return "muu"
        if count * 2 < len(kept):
            return "split"
        if theme not in with_bullet:
            return f"no-bullet:{reasons.get(theme, '?')}"
        if wanted is not None and not _offers([i for i in kept if notes[i]["theme"] == theme]):
            return "no-piece"
        return "not-chosen" if wanted is not None or not used else "not-gathered"

    def _offers(note_ids: list[str]) -> bool:  # a piece of one of them, as the post reads it
        made = [
            Note(i, clinic.id, str(notes[i]["group"]), text, SourceRef(i), clean_text=text)
            for i in note_ids
            for text in [str(notes[i]["text"])]
        ]
        cleared, _ = clear_notes(made, made, analyzer)
        return any(parse_pieces(cleared, analyzer).values())

    def show(kind: str, label: str, what: str, cause: str, backing: list[str]) -> None:
        if not verbose:
            return
        print(f"  [{cause}] {clinic.set}/{clinic.id} {kind} {label}: {what}")
        for i in backing:
            theme = notes[i]["theme"] or notes[i]["status"]
            said_as = [t for (th, n), t in pieces.items() if n == i]
            mark = f" => {said_as[0]}" if said_as else ""
            print(f"     {notes[i]['group']:10} {theme!s:16} {notes[i]['text']}{mark}")

    # reference points
    wanted_all = lemma_sets([p for _, p in clinic.points], analyzer)
    for (label, point), wanted in zip(clinic.points, wanted_all, strict=True):
        members = [i for i in ids if clinic.gold[i] == label]
        least = 1 if len(wanted) <= 3 else 2
        backing = [i for i in members if len(wanted & note_lemmas[i]) >= least]
        by = {notes[i]["group"] for i in backing}
        covered = not wanted or _half(wanted, said)
        row = {
            "set": clinic.set,
            "clinic": clinic.id,
            "kind": "point",
            "label": label,
            "text": point,
            "groups": len(by),
            "covered": covered,
        }
        if not covered and len(by) >= groups:
            row["cause"] = stage(backing, wanted)
            show("point", label, point, str(row["cause"]), backing)
        rows.append(row)
    # gold labels
    share: dict[str, Counter[str]] = {}
    for b in bullets:
        share[str(id(b))] = Counter(clinic.gold.get(p["note_id"], "?") for p in b["pieces"])
    for label in sorted(set(clinic.gold.values()) - {"muu"}):
        members = [i for i in ids if clinic.gold[i] == label]
        by = {notes[i]["group"] for i in members}
        covered = any(
            c[label] >= 2 or (c[label] and c[label] == max(c.values())) for c in share.values()
        )
        row = {
            "set": clinic.set,
            "clinic": clinic.id,
            "kind": "label",
            "label": label,
            "text": label,
            "groups": len(by),
            "covered": covered,
        }
        if not covered and len(by) >= groups:
            row["cause"] = stage(members, None)
            show("label", label, label, str(row["cause"]), members)
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path, help="summary_sets.py's --posts folder")
    parser.add_argument("--groups", type=int, default=3)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    analyzer = load_analyzer("accurate")
    rows: list[dict[str, object]] = []
    for clinic in read_clinics(args.posts):
        rows += diagnose(clinic, analyzer, args.groups, args.verbose)
    clinics = len({(r["set"], r["clinic"]) for r in rows})
    print(f"\n{clinics} clinics; backed by >= {args.groups} groups:")
    for kind in ("point", "label"):
        mine = [r for r in rows if r["kind"] == kind and int(r["groups"]) >= args.groups]  # type: ignore[call-overload]
        missed = [r for r in mine if not r["covered"]]
        causes = Counter(str(r["cause"]) for r in missed)
        top = Counter(c.split(":")[0] for c in causes.elements())
        print(
            f"{kind}s: {len(missed)} of {len(mine)} missed; "
            + ", ".join(f"{k} {v}" for k, v in top.most_common())
        )
        detail = [(k, v) for k, v in causes.most_common() if ":" in k]
        if detail:
            print("   no-bullet reasons: " + ", ".join(f"{k[10:]} {v}" for k, v in detail))
    if args.json is not None:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
