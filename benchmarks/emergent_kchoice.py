"""Round 21 of issue 12: does over-splitting cost NMI, and does a k criterion that generalises
lower k without losing sets at or above the best true-k baseline?

    python benchmarks/emergent_kchoice.py [--seeds 2] [--variants main,truek,...] [--sib]
        [--only NAME] [--json FILE]

Sets: the clinic-sized dev sets of benchmarks/emergent_k.py (SIB-200 too with --sib), split as
in rounds 15 and 20: *choose* = the corpus sets, heldout2 and emergent_heldout4..10 (32 sets),
*confirm* = emergent_heldout11..22 (36 sets). Per set and random state the consensus's base
partitions are computed once (as themes/emergent.py `co_association` builds them, kept per
k-means seed), then each variant cuts its co-association and the coherence test runs as a run
applies it (benchmarks/emergent.py `_ours`; the `main` row equals emergent_k.py's). Variants:

  main         the shipped cut at `min_agreement`
  truek        diagnostic: the consensus tree cut at the TRUE k, then the coherence test
  stable-cut   the cut level among 0.20, 0.25 and 0.30 whose partition is the most stable:
               mean ARI, over 10 draws of half the consensus seeds, between the cut of that
               half's co-association and the cut of the whole one at the same level (ties:
               the higher level)
  clusterboot  the shipped cut; a cluster whose mean best Jaccard over the same 10 half-seed
               draws is below 0.5 (Hennig's "dissolved" cluster) joins the cluster it agrees
               with most (mean co-association), smallest first
  clusterboot-views  the same over 10 draws of 5 of the 9 (view, graph size) cells instead
               of seeds (named at 15:45 UTC after the first three were seen on 9 choosing sets:
               `clusterboot` dissolved nothing there)
  cut-0.275, cut-0.25, cut-0.225  a penalty on k: the tree cut at a lower agreement (named
               at 15:49 UTC after the variants above were seen on every set); the one picked is
               the lowest level that lowers neither mean NMI nor the sets at or above the best
               baseline on the choosing split
  min4         round 8's rule on today's main, for the consensus's cut only: a group needs 4
               notes to be a cluster (3-note groups join a cluster they agree with, else
               muu); the coherence test's halves unchanged (named at 15:50 UTC, after the
               variants above were seen on every set, before any result of its own)

Prints per set and variant NMI, AMI and k found; per variant and split: mean NMI, AMI, mean
k - true k, sets at or above the best true-k baseline (NMI, AMI), sets up / down against main;
and the over-splitting analysis: per set k - true k against NMI minus the best baseline's
(Spearman correlation, means by how far over). --json writes every row.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import spearmanr

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_sets  # noqa: E402
from emergent_refine import best_baseline, dev_sets, score_variants  # noqa: E402
from kchoice_variants import STEPS, batch_for  # noqa: E402

CHOOSE = ("corpus", "heldout2", *(f"emergent_heldout{i}" for i in range(4, 11)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="the SIB-200 Finnish folder")
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--variants", default=",".join(STEPS))
    parser.add_argument("--sib", action="store_true", help="SIB-200 too (slow)")
    parser.add_argument("--only", default="", help="only the sets whose name contains this")
    parser.add_argument("--json", type=Path, default=None, help="write every row here")
    args = parser.parse_args()
    args.data = emergent_sets.sib_folder(parser, args.data)
    variants = args.variants.split(",")
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    sets = [
        (_split(name), name, rows)
        for name, rows in dev_sets(args.data, sib=args.sib, only=args.only)
    ]
    rows_out: list[dict[str, Any]] = []
    seconds = {v: 0.0 for v in variants}
    for split, name, rows in sets:
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        best_nmi, best_ami = best_baseline(docs, truth, cache)
        batches = [batch_for(docs, truth, cache, seed) for seed in range(args.seeds)]
        row: dict[str, Any] = {
            "split": split,
            "set": name,
            "n": len(docs),
            "true_k": len(set(truth)),
            "best_nmi": best_nmi,
            "best_ami": best_ami,
        }
        for variant, scores in score_variants(batches, truth, variants, STEPS, seconds).items():
            row[variant] = {
                "nmi": float(np.mean([s[0] for s in scores])),
                "ami": float(np.mean([s[1] for s in scores])),
                "k": [s[2] for s in scores],
                "muu": float(np.mean([s[3] for s in scores])),
            }
        rows_out.append(row)
        print(
            f"{split:<7} {name:<50} n {len(docs):>3} k {row['true_k']}  best"
            f" {best_nmi:.3f}/{best_ami:.3f}  "
            + "  ".join(
                f"{v} {row[v]['nmi']:.3f}/{row[v]['ami']:.3f} k{row[v]['k']}" for v in variants
            ),
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(rows_out, indent=1), encoding="utf-8")
    runs = max(len(sets) * args.seeds, 1)
    for variant in variants:
        print(f"{variant}: post-step CPU {seconds[variant] / runs:.3f} s/run")
    summarise(rows_out, variants)


def _split(name: str) -> str:
    """A set's split by its name: SIB-200, the choosing sets (`CHOOSE`: the corpus sets, named
    by their clinic, and the held-out files named there) or the confirming ones (every other
    emergent_heldoutN)."""
    if name.startswith("sib200"):
        return "sib"
    prefix = name.partition(":")[0]
    return "confirm" if prefix.startswith("emergent_heldout") and prefix not in CHOOSE else "choose"


def summarise(rows: list[dict[str, Any]], variants: list[str]) -> None:
    """Per variant and split: means, k excess, sets at or above the best baseline, up/down."""
    for split in ("choose", "confirm", "all", "sib"):
        part = [r for r in rows if r["split"] == split or (split == "all" and r["split"] != "sib")]
        if not part:
            continue
        for variant in variants:
            got = [r[variant] for r in part]
            nmi = np.array([g["nmi"] for g in got])
            ami = np.array([g["ami"] for g in got])
            over = np.array([np.mean(g["k"]) - r["true_k"] for g, r in zip(got, part, strict=True)])
            at_nmi = int((nmi >= np.array([r["best_nmi"] for r in part]) - 1e-12).sum())
            at_ami = int((ami >= np.array([r["best_ami"] for r in part]) - 1e-12).sum())
            base = np.array([r["main"]["nmi"] for r in part])
            up, down = int((nmi > base + 1e-9).sum()), int((nmi < base - 1e-9).sum())
            print(
                f"{split:<7} {variant:<12} {len(part)} sets  NMI {nmi.mean():.4f}  AMI"
                f" {ami.mean():.4f}  k - true k {over.mean():+.2f} (|.| {np.abs(over).mean():.2f})"
                f"  at/above {at_nmi}, {at_ami}  up {up} down {down}"
            )
    clinic = [r for r in rows if r["split"] != "sib" and "main" in r]
    if len(clinic) > 2:
        over = np.array([np.mean(r["main"]["k"]) - r["true_k"] for r in clinic])
        gap = np.array([r["main"]["nmi"] - r["best_nmi"] for r in clinic])
        gap_ami = np.array([r["main"]["ami"] - r["best_ami"] for r in clinic])
        rho = spearmanr(over, gap)
        rho_ami = spearmanr(over, gap_ami)
        print(
            f"over-splitting: Spearman(k - true k, NMI - best) {rho.statistic:+.3f} (p"
            f" {rho.pvalue:.3f}); with AMI - best {rho_ami.statistic:+.3f} (p {rho_ami.pvalue:.3f})"
        )
        for low, high, text in (
            (-9, -0.5, "under"),
            (-0.5, 0.5, "equal"),
            (0.5, 1.5, "+1"),
            (1.5, 9, "+2 or more"),
        ):
            mask = (over >= low) & (over < high)
            if mask.any():
                print(
                    f"  k {text:<10} {int(mask.sum()):>2} sets: NMI - best {gap[mask].mean():+.3f},"
                    f" AMI - best {gap_ami[mask].mean():+.3f}, at/above (NMI)"
                    f" {int((gap[mask] >= 0).sum())}"
                )
        if "truek" in clinic[0]:
            cost = np.array([r["main"]["nmi"] - r["truek"]["nmi"] for r in clinic])
            cost_ami = np.array([r["main"]["ami"] - r["truek"]["ami"] for r in clinic])
            over_sets = over >= 0.25
            rho = spearmanr(over[over_sets], cost[over_sets])
            print(
                f"sets with k over the truth: {int(over_sets.sum())}; ours minus the true-k cut:"
                f" NMI {cost[over_sets].mean():+.3f} (higher on"
                f" {int((cost[over_sets] > 1e-9).sum())},"
                f" lower on {int((cost[over_sets] < -1e-9).sum())}), AMI"
                f" {cost_ami[over_sets].mean():+.3f} (higher on"
                f" {int((cost_ami[over_sets] > 1e-9).sum())}, lower on"
                f" {int((cost_ami[over_sets] < -1e-9).sum())}); Spearman(k - true k, NMI"
                f" difference) {rho.statistic:+.3f} (p {rho.pvalue:.3f})"
            )


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
