"""Per-note seeded precision and recall on the summary clinics' gold, of what `run` assigns
(post48): read from the `NAME__CLINIC__VALUE.notes.json` files `summary_sets.py --posts DIR`
writes (each note's theme as assign_themes gave it), against `corpus/gold/CLINIC.csv` of its
set. A note of a gold label that is not a seeded theme's id (the clinic's own topic, `muu`)
claimed by a seeded theme is a false claim.

    python benchmarks/summary_sets.py --sets corpus summary_heldout summary_heldout4 ... \\
        --json F --posts DIR
    python benchmarks/seeded_claims.py DIR [--split 71] [--list]

Printed per part (rounds below `--split`, with `corpus` and round 1's `summary_heldout`;
rounds from it): pooled precision and recall and per theme, and the claims by how many of
the clinic's groups the theme's notes come from. `--list` prints every false claim."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from muistiinpanot.themes.definitions import load_theme_definitions  # noqa: E402
from summary_offtheme import read_gold_labels  # noqa: E402
from summary_quality import set_paths  # noqa: E402

THEMES = Path(__file__).resolve().parents[1] / "models" / "themes.toml"


def _round(name: str) -> int:
    found = re.fullmatch(r"summary_heldout(\d+)", name)
    return int(found.group(1)) if found else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path)
    parser.add_argument("--split", type=int, default=71)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    seeded = [d.id for d in load_theme_definitions(THEMES)]
    counts: dict[str, Counter[tuple[str, str]]] = {"tune": Counter(), "check": Counter()}
    spread: dict[str, Counter[tuple[int, bool]]] = {"tune": Counter(), "check": Counter()}
    clinics: Counter[str] = Counter()
    for path in sorted(args.posts.glob("*.notes.json")):
        name, clinic, _ = path.name[: -len(".notes.json")].split("__")
        gold = read_gold_labels(set_paths(name)[0], clinic)
        if not gold:
            continue
        part = "check" if _round(name) >= args.split else "tune"
        clinics[part] += 1
        notes = json.loads(path.read_text("utf-8"))
        for theme in seeded:
            claimed = [n for n in notes if n["theme"] == theme]
            groups = len({n["group"] for n in claimed})
            right = any(gold.get(n["id"]) == theme for n in claimed)
            if claimed:
                spread[part][(min(groups, 5), right)] += 1
        for note in notes:
            label = gold.get(note["id"])
            if label is None or note["status"] != "kept":
                continue
            said = note["theme"]
            if said in seeded and said == label:
                counts[part][(said, "tp")] += 1
                continue
            if said in seeded:
                counts[part][(said, "fp")] += 1
                if args.list:
                    print(f"{clinic:36} {said:22} gold {label:18} {note['text']}")
            if label in seeded:
                counts[part][(label, "fn")] += 1
    for part in ("tune", "check"):
        c = counts[part]
        total = {k: sum(c[(t, k)] for t in seeded) for k in ("tp", "fp", "fn")}
        print(f"{part} ({clinics[part]} clinics): {_line(total)}")
        for theme in seeded:
            print(f"  {theme:22} {_line({k: c[(theme, k)] for k in ('tp', 'fp', 'fn')})}")
        cells = " ".join(
            f"{g}: {spread[part][(g, True)]}/{spread[part][(g, False)]}" for g in range(1, 6)
        )
        print(f"  themes claiming notes of N groups (with a gold note / without): {cells}")


def _line(c: dict[str, int]) -> str:
    precision = c["tp"] / max(c["tp"] + c["fp"], 1)
    recall = c["tp"] / max(c["tp"] + c["fn"], 1)
    return f"P {precision:.3f} R {recall:.3f} (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})"


if __name__ == "__main__":
    main()
