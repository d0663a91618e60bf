"""Round 29 (emergent29): emergent_refine.py's per-set JSON judged by round 29's landing rule
(fixed in the brief before any variant was run), each half of the dev sets apart.

    python benchmarks/baseline_judge.py grid.json [--sib sib.json]

Halves as round 28's (kselect_judge.py): *tune* = the corpus sets, heldout2 and the even
rounds of emergent_heldout; *held-out* = the odd rounds (5 … 39), read for no choice. The
rule, over all dev sets: mean NMI not down, mean AMI not down, sets below the best true-k
baseline (NMI) down, mean |k − true k| up by at most 0.1, the held-out half's mean NMI not
down; SIB-200 (random state 0, from --sib) at least 0.42.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kselect_judge import SIB_FLOOR, _figures, half_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("grid", type=Path)
    parser.add_argument("--sib", type=Path, default=None)
    args = parser.parse_args()
    grid = json.loads(args.grid.read_text(encoding="utf-8"))
    sib = json.loads(args.sib.read_text(encoding="utf-8")) if args.sib else {}
    main_nmi = {r["set"]: r["nmi"] for r in grid["main"]}
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for variant, rows in grid.items():
        rows = [r for r in rows if not r["set"].startswith("sib200")]
        figures[variant] = {}
        line = []
        for half in ("tune", "held-out", "all"):
            part = [r for r in rows if half == "all" or half_of(r["set"]) == half]
            f = _figures(part, main_nmi)
            figures[variant][half] = f
            line.append(
                f"{half} ({f['sets']}) {f['nmi']:.4f} / {f['ami']:.4f}, k {f['k']:+.2f}"
                f" (|.| {f['abs_k']:.2f}), below {f['below']}, up/down {f['up']}/{f['down']}"
            )
        sib_rows = sib.get(variant, [])
        sib_text = (
            f"; SIB-200 {sib_rows[0]['nmi']:.3f} ({sib_rows[0]['k_found']})" if sib_rows else ""
        )
        print(f"{variant}: " + "; ".join(line) + sib_text)
    base, held = figures["main"]["all"], figures["main"]["held-out"]
    for variant, f in figures.items():
        if variant == "main":
            continue
        every = f["all"]
        checks = {
            "NMI not down": every["nmi"] >= base["nmi"] - 1e-12,
            "AMI not down": every["ami"] >= base["ami"] - 1e-12,
            "below down": every["below"] < base["below"],
            "|k - true k| up <= 0.1": every["abs_k"] <= base["abs_k"] + 0.1 + 1e-12,
            "held-out NMI not down": f["held-out"]["nmi"] >= held["nmi"] - 1e-12,
        }
        if variant in sib:
            checks["SIB-200 >= 0.42"] = sib[variant][0]["nmi"] >= SIB_FLOOR
        verdict = "lands" if all(checks.values()) else "fails"
        print(f"{variant}: {verdict} ({', '.join(f'{k}: {v}' for k, v in checks.items())})")


if __name__ == "__main__":
    main()
