"""Does a bullet say one point, and is one point said in one bullet? Read from the posts
`benchmarks/summary_sets.py --posts DIR` wrote (each clinic's `<set>__<clinic>__<value>.json`,
summary.json's trace: `bullets[].note_ids`) against the sets' gold labels
(`corpus/gold/<clinic>.csv`, `id,text,label`), per set and pooled:

- bullets, and bullets that say two notes or more;
- **mixed** bullets: two notes or more whose gold labels differ (`muu` is a label like any);
- **spread**: for each gold label the post says (`muu` left out), the number of bullets its
  notes are said in, the mean over those labels.

    python benchmarks/summary_coherence.py --posts DIR [--split 70]
        [--compare OLD_DIR --sample 20 --seed 45]

`--split N`: also the figures of rounds ≤ N (with `corpus` and `summary_heldout`) and of the
rounds after N. `--compare OLD_DIR`: list `--sample` bullets (seeded) whose text differs
between OLD_DIR's post and DIR's of the same clinic and value, old beside new, to read.
A set of a blind round (benchmarks/blind_rounds.py) is never read (post45)."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_rounds import BLIND_FROM, heldout_round  # noqa: E402
from summary_offtheme import read_gold_labels  # noqa: E402
from summary_quality import set_paths  # noqa: E402

OTHER = "muu"


@dataclass
class Tally:
    """The counts of some posts."""

    clinics: int = 0
    bullets: int = 0
    several: int = 0
    mixed: int = 0
    spreads: list[int] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.clinics += other.clinics
        self.bullets += other.bullets
        self.several += other.several
        self.mixed += other.mixed
        self.spreads += other.spreads

    def line(self, name: str) -> str:
        share = self.mixed / max(self.several, 1)
        spread = sum(self.spreads) / max(len(self.spreads), 1)
        return (
            f"{name:22} clinics {self.clinics:3} bullets {self.bullets:4} "
            f"≥2 notes {self.several:4} mixed {self.mixed:4} "
            f"({share:.3f} of ≥2, {self.mixed / max(self.bullets, 1):.3f} of all) "
            f"spread {spread:.3f} over {len(self.spreads)} labels"
        )


def post_tally(bullets: Sequence[Sequence[str]], gold: Mapping[str, str]) -> Tally:
    """The tally of one post: `bullets` are its bullets' note ids."""
    tally = Tally(clinics=1, bullets=len(bullets))
    where: dict[str, set[int]] = {}
    for position, notes in enumerate(bullets):
        tally.several += len(set(notes)) >= 2
        labels = {gold[n] for n in notes if n in gold}
        tally.mixed += len(labels) >= 2
        for label in labels - {OTHER}:
            where.setdefault(label, set()).add(position)
    tally.spreads = [len(found) for _, found in sorted(where.items())]
    return tally


def read_posts(folder: Path) -> dict[tuple[str, str, str], list[dict[str, object]]]:
    """Each post's bullets by (set, clinic, value), blind rounds left out."""
    posts = {}
    for path in sorted(folder.glob("*__*__*.json")):
        if path.name.endswith(".notes.json"):
            continue
        name, clinic, value = path.stem.split("__")
        if heldout_round(name) >= BLIND_FROM:
            continue
        posts[(name, clinic, value)] = json.loads(path.read_text("utf-8"))["bullets"]
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=Path, required=True)
    parser.add_argument("--split", type=int, default=70)
    parser.add_argument("--compare", type=Path, default=None)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=45)
    args = parser.parse_args()
    posts = read_posts(args.posts)
    golds: dict[tuple[str, str], dict[str, str]] = {}
    tallies: dict[tuple[str, str], Tally] = {}  # (value, set or part) → tally
    for (name, clinic, value), bullets in posts.items():
        if (name, clinic) not in golds:
            golds[(name, clinic)] = read_gold_labels(set_paths(name)[0], clinic)
        notes = [list(b["note_ids"]) for b in bullets]  # type: ignore[call-overload]
        tally = post_tally(notes, golds[(name, clinic)])
        early = heldout_round(name) <= args.split
        part = f"rounds ≤ {args.split}" if early else f"rounds > {args.split}"
        for key in (name, part, "all"):
            tallies.setdefault((value, key), Tally()).add(tally)
    order = {"all": 2, f"rounds ≤ {args.split}": 1, f"rounds > {args.split}": 1}

    def place(item: tuple[tuple[str, str], Tally]) -> tuple[str, int, int]:
        (value, key), _ = item
        return value, order.get(key, 0), heldout_round(key) + (key != "corpus")

    for (value, key), tally in sorted(tallies.items(), key=place):
        print(f"{value:>24} {tally.line(key)}")
    if args.compare is not None:
        _compare(read_posts(args.compare), posts, args.sample, args.seed)


def _compare(
    old: Mapping[tuple[str, str, str], list[dict[str, object]]],
    new: Mapping[tuple[str, str, str], list[dict[str, object]]],
    sample: int,
    seed: int,
) -> None:
    """`sample` changed bullets, old and new, chosen at random (seeded): a new bullet whose
    text no bullet of the old post has (the old run of the same clinic and value, else its
    unvaried run), beside the old bullet of the same theme (and heading, where one has it)
    that shares the most notes with it."""
    changed = []
    for key, bullets in sorted(new.items()):
        before = old.get(key) or old.get((key[0], key[1], "None")) or []
        texts = {b["text"] for b in before}
        for bullet in bullets:
            if bullet["text"] in texts:
                continue
            notes = set(bullet["note_ids"])  # type: ignore[call-overload]
            same = [b for b in before if b["theme"] == bullet["theme"]]
            same = [b for b in same if b["heading"] == bullet["heading"]] or same
            match = max(same, key=lambda b: len(notes & set(b["note_ids"])), default=None)  # type: ignore[call-overload]
            changed.append((key, match, bullet))
    print(f"\n{len(changed)} changed bullets; {min(sample, len(changed))} chosen (seed {seed})")
    for number, (key, was, now) in enumerate(
        random.Random(seed).sample(changed, min(sample, len(changed))), 1
    ):
        print(f"\n{number}. {key[0]} {key[1]} [{now['heading']}]")
        print(f"   old: {was['text'] if was else '(none)'}")
        print(f"   new: {now['text']}")


if __name__ == "__main__":
    main()
