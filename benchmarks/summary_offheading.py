"""Off-heading sentences (post43, review 68): a note's sentence printed under a *seeded*
theme's heading while the note's gold label is not that theme (the seeded themes' ids are
gold labels of their own: "luottamus", "siilot", …; a note on the clinic's own topic carries
its topic's label). Reads what `summary_sets.py --posts DIR` wrote (each clinic's summary.json
trace: `bullets[].pieces`, one per note said), so it reruns in seconds on any run's posts:

    python benchmarks/summary_sets.py --sets corpus summary_heldout ... --posts DIR
    python benchmarks/summary_offheading.py DIR [--list] [--json FILE]

Counted per piece (a note's part of a sentence; a sentence that gathers two notes is two
pieces); pieces of notes without a gold label are not counted. Only clinics whose set has
gold labels (`<corpus>/gold/<clinic>.csv`)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_quality import set_paths  # noqa: E402


def read_gold(name: str, clinic: str) -> dict[str, str]:
    corpus, _ = set_paths(name)
    path = corpus / "gold" / f"{clinic}.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["label"] for row in csv.DictReader(handle) if row.get("label")}


def seeded_ids(trace: dict[str, object]) -> set[str]:
    """The ids of the clinic's seeded themes, as its trace lists them."""
    return {str(t["id"]) for t in trace["themes"] if t["kind"] == "seeded"}  # type: ignore[attr-defined,index]


def off_heading(
    trace: dict[str, object], gold: dict[str, str], seeded: set[str]
) -> tuple[int, list[dict[str, str]]]:
    """(pieces under the `seeded` headings with a gold label, the off-heading ones)."""
    pieces = 0
    off: list[dict[str, str]] = []
    for bullet in trace["bullets"]:  # type: ignore[attr-defined]
        theme = str(bullet["theme"])
        if theme not in seeded:
            continue
        for piece in bullet["pieces"]:
            note = str(piece["note_id"])
            if note not in gold:
                continue
            pieces += 1
            if gold[note] != theme:
                off.append(
                    {"theme": theme, "note": note, "gold": gold[note], "text": piece["text"]}
                )
    return pieces, off


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path)
    parser.add_argument("--list", action="store_true", help="print every off-heading piece")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    total = 0
    rows: list[dict[str, str]] = []
    by_theme: Counter[str] = Counter()
    by_gold: Counter[str] = Counter()
    clinics = 0
    for path in sorted(args.posts.glob("*__None.json")):
        name, clinic, _ = path.name.split("__")
        gold = read_gold(name, clinic)
        if not gold:
            continue
        clinics += 1
        trace = json.loads(path.read_text("utf-8"))
        seeded = seeded_ids(trace)
        pieces, off = off_heading(trace, gold, seeded)
        total += pieces
        for row in off:
            row["clinic"] = f"{name}/{clinic}"
            by_theme[row["theme"]] += 1
            kind = "muu" if row["gold"] == "muu" else "another seeded theme's"
            by_gold[kind if row["gold"] in seeded or row["gold"] == "muu" else "a topic's"] += 1
        rows.extend(off)
    if args.list:
        for row in rows:
            print(f"{row['clinic']:60} {row['theme']:22} <- [{row['gold']}] {row['text']}")
    share = len(rows) / total if total else 0.0
    print(
        f"clinics {clinics}: off-heading pieces {len(rows)} of {total} under seeded "
        f"headings ({share:.1%})"
    )
    print("by heading: " + ", ".join(f"{t} {n}" for t, n in sorted(by_theme.items())))
    print("by the note's gold label: " + ", ".join(f"{k} {n}" for k, n in sorted(by_gold.items())))
    if args.json is not None:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
