"""Round 28 (emergent28): emergent_refine.py's per-set JSON judged by round 28's landing rule,
each half of the dev sets apart.

    python benchmarks/kselect_judge.py grid.json [--sib sib.json]

Halves, fixed before any variant was run: *tune* = the corpus sets, heldout2 and the even
rounds of emergent_heldout (4, 6, …, 36); *held-out* = the odd rounds (5, 7, …, 37), read
for no choice. Per variant and half: mean NMI and AMI (each set's the mean of its random
states), mean k found − true k and its absolute value, the sets below the best true-k
baseline (NMI), the sets up / down against main. The rule, over all sets: mean NMI not down,
sets below the best baseline not up, mean |k − true k| down; SIB-200 (random state 0) at
least 0.42 (from --sib, emergent_refine.py --sib --only sib200 --json).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

SIB_FLOOR = 0.42


def half_of(name: str) -> str:
    """'held-out' for an odd round of emergent_heldout, else 'tune'."""
    found = re.match(r"emergent_heldout(\d+):", name)
    return "held-out" if found and int(found.group(1)) % 2 == 1 else "tune"


def _figures(rows: list[dict], main: dict[str, float]) -> dict[str, float]:
    nmi = np.array([r["nmi"] for r in rows])
    off = np.array([np.mean(r["k_found"]) - r["true_k"] for r in rows])
    return {
        "sets": len(rows),
        "nmi": float(nmi.mean()),
        "ami": float(np.mean([r["ami"] for r in rows])),
        "k": float(off.mean()),
        "abs_k": float(np.abs(off).mean()),
        "below": int(sum(r["nmi"] < r["best_nmi"] for r in rows)),
        "up": int(sum(r["nmi"] > main[r["set"]] + 1e-9 for r in rows)),
        "down": int(sum(r["nmi"] < main[r["set"]] - 1e-9 for r in rows)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("grid", type=Path)
    parser.add_argument("--sib", type=Path, default=None)
    args = parser.parse_args()
    grid = json.loads(args.grid.read_text(encoding="utf-8"))
    sib = json.loads(args.sib.read_text(encoding="utf-8")) if args.sib else {}
    main_nmi = {r["set"]: r["nmi"] for r in grid["main"]}
    whole = {}
    for variant, rows in grid.items():
        rows = [r for r in rows if not r["set"].startswith("sib200")]
        line = []
        for half in ("tune", "held-out", "all"):
            part = [r for r in rows if half == "all" or half_of(r["set"]) == half]
            f = _figures(part, main_nmi)
            line.append(
                f"{half} ({f['sets']}) {f['nmi']:.4f} / {f['ami']:.4f}, k {f['k']:+.2f}"
                f" (|.| {f['abs_k']:.2f}), below {f['below']}, up/down {f['up']}/{f['down']}"
            )
            whole[variant] = f
        sib_rows = sib.get(variant, [])
        sib_text = ""
        if sib_rows:
            sib_text = f"SIB-200 {sib_rows[0]['nmi']:.3f} ({sib_rows[0]['k_found']})"
        print(f"{variant}: " + "; ".join(line) + (f"; {sib_text}" if sib_text else ""))
    base = whole["main"]
    for variant, f in whole.items():
        if variant == "main":
            continue
        checks = {
            "NMI not down": f["nmi"] >= base["nmi"] - 1e-12,
            "below not up": f["below"] <= base["below"],
            "|k - true k| down": f["abs_k"] < base["abs_k"],
        }
        sib_rows = sib.get(variant, [])
        if sib_rows:
            checks["SIB-200 >= 0.42"] = sib_rows[0]["nmi"] >= SIB_FLOOR
        verdict = "lands" if all(checks.values()) else "fails"
        print(f"{variant}: {verdict} ({', '.join(f'{k}: {v}' for k, v in checks.items())})")


if __name__ == "__main__":
    main()
