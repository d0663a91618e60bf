"""Clinic-topic notes a run sends to `muu`, and chatter put in a theme (muu44, issue 12: in
round 82's kuunnelmat clinic all 14 notes the seeded themes left went to `muu`, though the
gold has four topics of five or six notes from several groups). Reads what
`summary_sets.py --posts DIR` wrote (each clinic's notes with their themes) and the sets'
gold labels, so it reruns in seconds on any run's posts:

    python benchmarks/summary_sets.py --sets corpus summary_heldout ... --posts DIR
    python benchmarks/summary_muu.py DIR [--share 0.3] [--verbose]

Over the kept notes of every clinic of DIR with gold labels:

- *topic notes*: gold label neither a seeded theme (models/themes.toml) nor `muu`; how many
  the run puts in `muu`, their share, and the clinics where at least `--share` of them do;
- *gold-muu in a theme*: notes whose gold label is `muu` (chatter, contacts, thanks) that
  the run puts in a published theme (anything but `muu`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from muistiinpanot.themes import load_theme_definitions  # noqa: E402
from summary_lost import read_clinics  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def seeded_ids() -> set[str]:
    """The seeded themes' ids, read as a run reads models/themes.toml."""
    return {theme.id for theme in load_theme_definitions(ROOT / "models" / "themes.toml")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path, help="summary_sets.py's --posts folder")
    parser.add_argument("--share", type=float, default=0.3)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    seeded = seeded_ids()
    topic_total = topic_muu = chatter_total = chatter_themed = 0
    heavy: list[str] = []
    rows = []
    for clinic in read_clinics(args.posts):
        kept = {i: n for i, n in clinic.notes.items() if n["status"] == "kept" and i in clinic.gold}
        topic = [i for i in kept if clinic.gold[i] not in seeded and clinic.gold[i] != "muu"]
        in_muu = [i for i in topic if kept[i]["theme"] == "muu"]
        chatter = [i for i in kept if clinic.gold[i] == "muu"]
        themed = [i for i in chatter if kept[i]["theme"] != "muu"]
        topic_total += len(topic)
        topic_muu += len(in_muu)
        chatter_total += len(chatter)
        chatter_themed += len(themed)
        share = len(in_muu) / len(topic) if topic else 0.0
        rows.append(
            {
                "set": clinic.set,
                "clinic": clinic.id,
                "topic": len(topic),
                "topic_muu": len(in_muu),
                "chatter": len(chatter),
                "chatter_themed": len(themed),
            }
        )
        if topic and share >= args.share:
            heavy.append(f"{clinic.set}/{clinic.id} {len(in_muu)}/{len(topic)}")
        if args.verbose and in_muu:
            print(f"{clinic.set}/{clinic.id}: {len(in_muu)} of {len(topic)} topic notes in muu")
            for i in in_muu:
                print(f"    [{clinic.gold[i]}] {kept[i]['text']}")
    print(f"clinics: {len(rows)}")
    print(
        f"topic notes in muu: {topic_muu} of {topic_total} ({topic_muu / max(topic_total, 1):.3f})"
    )
    print(f"clinics with >= {args.share:.0%} of their topic notes in muu: {len(heavy)}")
    for line in heavy:
        print(f"    {line}")
    print(f"gold-muu notes in a published theme: {chatter_themed} of {chatter_total}")
    if args.json is not None:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
