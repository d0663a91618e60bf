"""Pieces said under a seeded bullet in a base run whose note a candidate run does not say
under that theme: where each went (another bullet's heading, or not said), shuffled with
seed 48 (or SEED: post50 read with 50) for the read of a sample (post48).

    python benchmarks/seeded_moved.py BASE_POSTS CANDIDATE_POSTS [N] [SEED]

BASE_POSTS and CANDIDATE_POSTS are `summary_sets.py --posts` folders of the two runs."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_offtheme import read_gold_labels  # noqa: E402
from summary_quality import set_paths  # noqa: E402

SEEDED = {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"}


def moved(base: Path, candidate: Path) -> tuple[list[dict[str, object]], int, int]:
    """The moved or dropped pieces, the clinics compared and the posts that changed."""
    items: list[dict[str, object]] = []
    compared = changed = 0
    for path in sorted(base.glob("*__None.json")):
        other = candidate / path.name
        if not other.exists():
            continue
        compared += 1
        before, after = json.loads(path.read_text("utf-8")), json.loads(other.read_text("utf-8"))
        changed += [b["text"] for b in before["bullets"]] != [b["text"] for b in after["bullets"]]
        name, clinic, _ = path.name.split("__")
        gold = read_gold_labels(set_paths(name)[0], clinic)
        where: dict[str, tuple[str, str, str]] = {}
        for bullet in after["bullets"]:
            for piece in bullet["pieces"]:
                where.setdefault(
                    piece["note_id"], (bullet["theme"], bullet["heading"], piece["text"])
                )
        for bullet in before["bullets"]:
            if bullet["theme"] not in SEEDED:
                continue
            for piece in bullet["pieces"]:
                went = where.get(piece["note_id"])
                if went and went[0] == bullet["theme"]:
                    continue
                items.append(
                    {"where": f"{name}/{clinic}", "theme": bullet["theme"],
                     "heading": bullet["heading"], "text": piece["text"],
                     "gold": gold.get(piece["note_id"]), "to": went}
                )  # fmt: skip
    return items, compared, changed


def main() -> None:
    items, compared, changed = moved(Path(sys.argv[1]), Path(sys.argv[2]))
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 48
    print(f"clinics compared {compared}, posts changed {changed}, pieces moved or dropped "
          f"{len(items)}, not said {sum(i['to'] is None for i in items)}")  # fmt: skip
    print(
        "gold of those:",
        dict(Counter("own" if i["gold"] == i["theme"] else "other" for i in items)),
    )
    random.Random(seed).shuffle(items)
    for number, item in enumerate(items[:count], start=1):
        went = item["to"]
        to = "NOT SAID" if went is None else f"-> [{went[1]}] {went[2]}"  # type: ignore[index]
        print(f"{number}. {item['where']} [{item['heading']}] {item['text']}")
        print(f"      gold {item['gold']}; {to}")


if __name__ == "__main__":
    main()
