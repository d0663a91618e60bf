"""The pre-registered landing rule of seeded23, judged on two dumps of the same rounds.

    python benchmarks/themes_blind.py SHIPPED.json CANDIDATE.json
        [--shipped-weights 0.25 0.25 1] [--candidate-weights 1 1 1]

Both dumps are `benchmarks/themes_recall.py dump` files of the same seeded sets and summary
gold clinics (written before any of them was scored: docs/how-it-works.md, "Seeded themes,
seeded23 (pre-registered)"). Each note's decision is made again from the dumped views with
each side's view weights (soft, exemplar, classifier), at margin 0, as `combine_views` makes
it. The rule, against the shipped side:

- (a) the mean macro-F1 over the seeded sets rises;
- (b) no seeded set's macro-F1 falls by more than `--round-drop` (0.02);
- (c) on the clinics, for each seeded theme's pooled precision and for the pooled macro-F1,
  the 95 % bootstrap interval of the change (over the clinics, 2,000 draws, seed 0) does not
  lie wholly below zero;
The clinics' pooled macro-F1 is printed too, as a figure, not a part: over six clinics its
point change is below the noise (on dev rounds 26–28 in the blind rounds' place, E-alike's
0.845 -> 0.822 had the interval [-0.065, +0.024]); (c) judges it by its interval.

Prints each part's figures, then PASS or FAIL per part and for the rule; the exit code is 0
either way (a result, not an error).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from themes_loro import Batch, counts, macro_f1

Weights = tuple[float, float, float]


def judge(
    shipped: dict[str, Any],
    candidate: dict[str, Any],
    shipped_weights: Weights,
    candidate_weights: Weights,
    round_drop: float = 0.02,
) -> dict[str, Any]:
    """Every part's figures and verdict (see the module docstring)."""
    themes = shipped["themes"]
    if candidate["themes"] != themes:
        raise SystemExit("the two dumps have different seeded themes")
    t = len(themes)
    sets = sorted((k for k in shipped if k.startswith("seeded") and k in candidate),
                  key=lambda k: int(k[6:]))  # fmt: skip
    clinics = [k for k in shipped if k.startswith("summary") and k in candidate]
    for prefix in ("seeded", "summary"):
        if {k for k in shipped if k.startswith(prefix)} != {
            k for k in candidate if k.startswith(prefix)
        }:
            raise SystemExit(f"the two dumps' {prefix} batches differ")
    if not sets or not clinics:
        raise SystemExit("the dumps share no seeded set or no summary clinic")

    def tables(data: dict[str, Any], names: Sequence[str], weights: Weights) -> Any:
        rule = (weights, 0.0)
        return np.stack([counts(b, b.predict(rule), t)
                         for b in (Batch(data[n], themes) for n in names)])  # fmt: skip

    before = [macro_f1(x) for x in tables(shipped, sets, shipped_weights)]
    after = [macro_f1(x) for x in tables(candidate, sets, candidate_weights)]
    old = tables(shipped, clinics, shipped_weights)
    new = tables(candidate, clinics, candidate_weights)
    draws = np.random.default_rng(0).integers(0, len(clinics), size=(2000, len(clinics)))
    b, a = old[draws].sum(axis=1), new[draws].sum(axis=1)
    change = a[:, :, 0] / np.maximum(a[:, :, 1], 1) - b[:, :, 0] / np.maximum(b[:, :, 1], 1)
    low, high = np.percentile(change, [2.5, 97.5], axis=0)
    f1_change = [macro_f1(x) - macro_f1(y) for x, y in zip(a, b, strict=True)]
    f1_low, f1_high = np.percentile(f1_change, [2.5, 97.5])
    pooled_old, pooled_new = old.sum(axis=0), new.sum(axis=0)
    parts = {
        "a": float(np.mean(after)) > float(np.mean(before)),
        "b": all(y >= x - round_drop for x, y in zip(before, after, strict=True)),
        "c": bool(np.all(high >= 0) and f1_high >= 0),
    }
    return {
        "themes": themes, "sets": sets, "clinics": clinics, "before": before, "after": after,
        "precision": [pooled_old[:, 0] / np.maximum(pooled_old[:, 1], 1),
                      pooled_new[:, 0] / np.maximum(pooled_new[:, 1], 1)],
        "false": [pooled_old[:, 1] - pooled_old[:, 0], pooled_new[:, 1] - pooled_new[:, 0]],
        "intervals": list(zip(low, high, strict=True)), "f1_interval": (f1_low, f1_high),
        "clinics_f1": (macro_f1(pooled_old), macro_f1(pooled_new)),
        "parts": parts, "lands": all(parts.values()),
    }  # fmt: skip


def report(result: dict[str, Any]) -> None:
    verdict = {True: "PASS", False: "FAIL"}
    parts = result["parts"]
    before, after = result["before"], result["after"]
    print("seeded sets: " + " ".join(f"{n[6:]}:{x:.3f}->{y:.3f}" for n, x, y in
                                     zip(result["sets"], before, after, strict=True)))  # fmt: skip
    print(f"(a) mean macro-F1 {np.mean(before):.4f} -> {np.mean(after):.4f}: {verdict[parts['a']]}")
    worst = min(y - x for x, y in zip(before, after, strict=True))
    print(f"(b) largest fall of a set {worst:+.3f}: {verdict[parts['b']]}")
    print(f"clinics ({len(result['clinics'])}): {', '.join(result['clinics'])}")
    for i, theme in enumerate(result["themes"]):
        lo, hi = result["intervals"][i]
        print(f"  {theme}: P {result['precision'][0][i]:.3f} -> {result['precision'][1][i]:.3f}"
              f" (false {result['false'][0][i]:.0f} -> {result['false'][1][i]:.0f}),"
              f" change [{lo:+.3f}, {hi:+.3f}]")  # fmt: skip
    lo, hi = result["f1_interval"]
    old, new = result["clinics_f1"]
    print(f"(c) each precision's and macro-F1's interval (macro-F1 [{lo:+.3f}, {hi:+.3f}]) not "
          f"wholly below zero: {verdict[parts['c']]}")  # fmt: skip
    print(f"clinics macro-F1 {old:.3f} -> {new:.3f} (a figure, not a part)")
    print(f"rule: {'LANDS' if result['lands'] else 'does not land'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shipped", type=Path)
    parser.add_argument("candidate", type=Path)
    parser.add_argument("--shipped-weights", type=float, nargs=3, default=[0.25, 0.25, 1.0])
    parser.add_argument("--candidate-weights", type=float, nargs=3, default=[1.0, 1.0, 1.0])
    parser.add_argument("--round-drop", type=float, default=0.02)
    args = parser.parse_args()
    shipped = json.loads(args.shipped.read_text())
    candidate = json.loads(args.candidate.read_text())
    report(judge(shipped, candidate, tuple(args.shipped_weights),
                 tuple(args.candidate_weights), args.round_drop))  # fmt: skip


if __name__ == "__main__":
    main()
