"""Round 23 of issue 12: the full-SIF view's weight, judged by the protocol of
docs/how-it-works.md ("The full-SIF view's weight, round 23") from emergent_refine.py's
--json output:

    python benchmarks/emergent_refine.py --seeds 2 --variants main,full-0.5,full-0.25,full-0 \\
        --json grid.json
    python benchmarks/emergent_refine.py --sib --only sib200 --seeds 1 \\
        --variants main,full-0.5,full-0.25,full-0 --json sib.json
    python benchmarks/view_weights.py grid.json [--sib sib.json]

Groups: choose = the corpus sets, heldout2, emergent_heldout4-10; confirm =
emergent_heldout11-22; round 23 = emergent_heldout23. Prints per variant and group the mean
NMI (each set's NMI the mean over the random states), the sets at or above the best true-k
baseline (NMI), the sets up / down against main; on the choosing half the mean per-set
difference against main and its standard error (the protocol's noise); then whether the
variant passes the protocol's NMI, baseline and SIB-200 conditions (determinism and time
are checked apart).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

GROUPS = ("choose", "confirm", "round 23")


def group(name: str) -> str:
    """The protocol's group of a set, by its file's prefix."""
    found = re.match(r"emergent_heldout(\d+):", name)
    if not found:
        return "choose"  # the corpus sets and heldout2
    number = int(found.group(1))
    if number >= 24:
        raise ValueError(f"{name}: round 24 is blind")
    return "choose" if number <= 10 else "confirm" if number <= 22 else "round 23"


def read_grid(description: str | None) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The command line's grid (`emergent_refine.py --json`) and SIB-200 files: (the grid,
    SIB-200's results or {}, main's rows by set), for this script and time_variants.py."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("grid", type=Path)
    parser.add_argument("--sib", type=Path, default=None)
    args = parser.parse_args()
    results = json.loads(args.grid.read_text(encoding="utf-8"))
    sib = json.loads(args.sib.read_text(encoding="utf-8")) if args.sib else {}
    return results, sib, {r["set"]: r for r in results["main"]}


def main() -> None:
    results, sib, main_rows = read_grid(__doc__)
    for variant, rows in results.items():
        parts = []
        passes = True
        above_all = 0
        main_above_all = 0
        for name in GROUPS:
            mine = [r for r in rows if group(r["set"]) == name]
            if not mine:
                continue
            nmi = np.array([r["nmi"] for r in mine])
            base = np.array([main_rows[r["set"]]["nmi"] for r in mine])
            above = int((nmi >= [r["best_nmi"] for r in mine]).sum())
            main_above = int((base >= [r["best_nmi"] for r in mine]).sum())
            above_all += above
            main_above_all += main_above
            diff = nmi - base
            up, down = int((diff > 1e-9).sum()), int((diff < -1e-9).sum())
            text = f"{name} ({len(mine)}) {nmi.mean():.4f}, {above} at/above, up {up} down {down}"
            if name == "choose":
                se = float(diff.std(ddof=1) / np.sqrt(len(diff))) if len(diff) > 1 else 0.0
                text += f", diff {diff.mean():+.4f} (SE {se:.4f})"
                passes &= bool(diff.mean() >= -se)
            else:
                passes &= bool(diff.mean() > 0)
            parts.append(text)
        passes &= above_all >= main_above_all
        every = np.array([r["nmi"] for r in rows])
        sib_rows = sib.get(variant, [])
        sib_text = ""
        if sib_rows:
            sib_text = f"  SIB-200 {sib_rows[0]['nmi']:.3f} (k {sib_rows[0]['k_found']})"
            passes &= sib_rows[0]["nmi"] >= 0.42
        print(f"{variant}: all ({len(rows)}) {every.mean():.4f}, {above_all} at/above{sib_text}")
        for text in parts:
            print(f"    {text}")
        if variant != "main":
            print(f"    passes the NMI, baseline and SIB-200 conditions: {passes}")


if __name__ == "__main__":
    main()
