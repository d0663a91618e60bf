"""Round 25 of issue 12: the landing rule of docs/how-it-works.md ("Emergent themes,
emergent25") on emergent_refine.py's --json output (which keeps each random state's NMI):

    python benchmarks/emergent_refine.py --seeds 3 --variants main,dissolve-loo,dissolve-noword \\
        --json grid.json
    python benchmarks/emergent_refine.py --sib --only sib200 --seeds 1 \\
        --variants main,dissolve-loo,dissolve-noword --json sib.json
    python benchmarks/extra_judge.py grid.json --sib sib.json

Prints main's per-state mean NMI and count of sets at or above the best true-k baseline (NMI)
and their ranges over the states (the seed spread); per variant the mean NMI (each set's the
mean over the states), its difference against main with the standard error of the per-set
differences, the mean per-state count at or above, sets up / down, k - true k, SIB-200, and
conditions (1)-(3) of the rule; then the sets that cross the best baseline either way (by
the mean over the states). The summary F, determinism and time are checked apart.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from view_weights import read_grid


def per_state(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Per random state: the mean NMI over the sets and the count at or above the best."""
    table = np.array([r["nmi_seeds"] for r in rows])  # sets x states
    best = np.array([r["best_nmi"] for r in rows])[:, None]
    return table.mean(axis=0), (table >= best).sum(axis=0)


def main() -> None:
    results, sib, main_rows = read_grid(__doc__)
    names = [r["set"] for r in results["main"] if not r["set"].startswith("sib200")]
    base_rows = [main_rows[n] for n in names]
    base_nmi, base_count = per_state(base_rows)
    nmi_spread = float(base_nmi.max() - base_nmi.min())
    count_spread = float(base_count.max() - base_count.min())
    print(
        f"main per state: NMI {np.round(base_nmi, 4).tolist()} (spread {nmi_spread:.4f}),"
        f" at or above {base_count.tolist()} (spread {count_spread:.0f}); {len(names)} sets"
    )
    base = np.array([main_rows[n]["nmi"] for n in names])
    for variant, rows in results.items():
        by_set = {r["set"]: r for r in rows}
        mine = [by_set[n] for n in names]
        nmi = np.array([r["nmi"] for r in mine])
        states, count = per_state(mine)
        diff = nmi - base
        se = float(diff.std(ddof=1) / np.sqrt(len(diff)))
        over = np.mean([np.mean(r["k_found"]) - r["true_k"] for r in mine])
        sib_rows = sib.get(variant, [])
        sib_nmi = sib_rows[0]["nmi"] if sib_rows else float("nan")
        sib_k = sib_rows[0]["k_found"] if sib_rows else []
        ok1 = nmi.mean() >= base.mean() - nmi_spread
        ok2 = count.mean() - base_count.mean() > count_spread
        ok3 = sib_nmi >= 0.42
        print(
            f"{variant:<16} NMI {nmi.mean():.4f} ({diff.mean():+.4f}, SE {se:.4f})"
            f" per state {np.round(states, 4).tolist()} at or above {count.tolist()}"
            f" (mean {count.mean():.1f}) up {int((diff > 1e-9).sum())} down"
            f" {int((diff < -1e-9).sum())}  k - true k {over:+.2f}  SIB-200 {sib_nmi:.3f}"
            f" {sib_k}  (1) {ok1} (2) {ok2} (3) {ok3}"
        )
        if variant == "main":
            continue
        for r, b in zip(mine, base_rows, strict=True):
            was, now = b["nmi"] >= b["best_nmi"], r["nmi"] >= r["best_nmi"]
            if was != now:
                arrow = "up  " if now else "down"
                print(
                    f"    {arrow} {r['set']:<56} {b['nmi']:.3f} -> {r['nmi']:.3f}"
                    f" (best {r['best_nmi']:.3f}) k {b['k_found']} -> {r['k_found']}"
                )


if __name__ == "__main__":
    main()
