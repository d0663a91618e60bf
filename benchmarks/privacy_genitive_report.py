"""What benchmarks/privacy_genitives.py (round 48, analysis only) reads and prints: the dev
privacy sets (`dev_files`: every benchmarks/data/privacy_*.csv but the rounds being written
blind) and the report of its cases, counted by gold, noun kind, owner's reading and what the
detector decides today, then what each candidate un-marking condition would keep and publish.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from blind_rounds import dev_glob

if TYPE_CHECKING:
    from privacy_genitives import Case

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def dev_files() -> list[Path]:
    """Every privacy set of benchmarks/data, sorted by name, but the blind rounds'."""
    return dev_glob(DATA, "privacy_*.csv")


def report(cases: list[Case], conditions: Mapping[str, Callable[[Case], bool]], show: bool) -> None:
    labelled = [c for c in cases if c.gold != "unlabelled" and c.source != "probe"]
    probes = [c for c in cases if c.source == "probe"]
    table: Counter[tuple[str, str, str]] = Counter()
    for c in cases:
        if c.source != "probe":
            table[(c.gold, c.kind, "marked" if c.marked else "left")] += 1
    print("\n== by gold, noun kind, detector today (marked = genitive inside a detected span)")
    for gold in ("person", "lookalike", "other-in-personal-row", "unlabelled"):
        cells = [(k, d, n) for (g, k, d), n in sorted(table.items()) if g == gold]
        print(f"{gold}: " + ", ".join(f"{k}/{d} {n}" for k, d, n in cells))
    print("\n== by gold and owner's reading")
    owners = Counter((c.gold, c.owner_class) for c in cases if c.source != "probe")
    print(", ".join(f"{g}/{o} {n}" for (g, o), n in sorted(owners.items())))
    print("\n== false hits today (look-alike rows, genitive marked)")
    for c in labelled:
        if c.gold == "lookalike" and c.marked:
            print(f"  [{c.source}] {c.kind}/{c.noun_case}/{c.owner_class}: {c.owner} {c.noun}")
    print("\n== candidate conditions: look-alikes it would keep | persons it would publish")
    for name, test in conditions.items():
        hits = [c for c in labelled if test(c) and c.marked]
        fixed = [c for c in hits if c.gold == "lookalike"]
        published = [c for c in hits if c.gold == "person"]
        notes = [c for c in cases if c.gold == "unlabelled" and test(c) and c.marked]
        print(
            f"{name}: keeps {len(fixed)}, publishes {len(published)}, notes un-marked {len(notes)}"
        )
        for c in published:
            print(f"    PUBLISHES [{c.source}] {c.owner} {c.noun}: {c.text!r}")
        if show:
            for c in fixed:
                print(f"    keeps [{c.source}] {c.owner} {c.noun}")
    print("\n== probes: detector today; conditions that would un-mark the genitive")
    for c in probes:
        would = "".join(name[0] for name, test in conditions.items() if test(c))
        flag = ("marked" if c.marked else "left") + (" lone" if c.lone else "")
        flag += " cue" if c.cue else ""
        print(f"  {c.gold} {c.kind}/{c.noun_case}/{c.owner_class} {flag} [{would}]: {c.text}")
    if show:
        print("\n== every labelled case")
        for c in labelled:
            flag = ("marked" if c.marked else "left") + (" lone" if c.lone else "")
            print(
                f"  [{c.source}] {c.gold} {c.kind}/{c.noun_case}/{c.owner_class} {flag}: "
                f"{c.owner} {c.noun} | {c.text}"
            )
