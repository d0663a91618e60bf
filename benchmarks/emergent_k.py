"""How many emergent themes the emergent step finds against the true number of topics, and
its NMI and AMI beside the best true-k baseline's, on every development set at once (issue 12:
over-splitting).

    python benchmarks/emergent_k.py [--seeds 3] [--mode accurate] [--setting KEY=VALUE ...]

`--setting` sets a `[themes]` key for ours, as TOML (`--setting lexical_view_weight=0.5
--setting "align_view_weights=[1.0,1.0,0.0]"`: round 31's measured mix); repeatable.

Sets: SIB-200 Finnish train+dev (800 sentences, 7 topics; read from ../shared/data, never
copied), the corpus/gold clinics (`:full` every note, `:emergent` only the non-seeded topics)
and the clinics of the development files benchmarks/data/heldout2_emergent.csv and
emergent_heldout4 ... 118.csv (chatter left out). Newer held-out files are blind sets: they are
named here only once they have been measured. Ours is what a run gives (benchmarks/emergent.py
`_ours`: the consensus, then the coherence test; muu counted as one more cluster), with
`random_state` 0 .. N-1. Per set: notes, true k, k found per seed, mean NMI, mean AMI (adjusted
for chance: it does not grow with extra clusters as NMI can), muu share, seconds per run, and
the best NMI and AMI of the true-k baselines of benchmarks/emergent.py (NMF, LDA, k-means,
BERTopic-like; each column's best, maybe of different methods). Then over the clinic-sized sets
(all but SIB-200): mean NMI and AMI, mean (k found - true k), on how many sets k is over and
under the truth, on how many ours is below the best baseline (NMI, AMI).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_mutual_info_score, normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402  (benchmarks/emergent.py: `_ours`, the baselines)
import emergent_sets  # noqa: E402

#: Held-out files that are development sets now (measured once blind, then opened).
DEV_FILES = (
    "heldout2_emergent",
    "emergent_heldout4",
    "emergent_heldout5",
    "emergent_heldout6",
    "emergent_heldout7",
    "emergent_heldout8",
    "emergent_heldout9",
    "emergent_heldout10",
    "emergent_heldout11",
    "emergent_heldout12",
    "emergent_heldout13",
    "emergent_heldout14",
    "emergent_heldout15",
    "emergent_heldout16",
    "emergent_heldout17",
    "emergent_heldout18",
    "emergent_heldout19",
    "emergent_heldout20",
    "emergent_heldout21",
    "emergent_heldout22",
    "emergent_heldout23",
    "emergent_heldout24",
    "emergent_heldout25",
    "emergent_heldout26",
    "emergent_heldout27",
    "emergent_heldout28",
    "emergent_heldout29",
    "emergent_heldout30",
    "emergent_heldout31",
    "emergent_heldout32",
    "emergent_heldout33",
    "emergent_heldout34",
    "emergent_heldout35",
    "emergent_heldout36",
    "emergent_heldout37",
    "emergent_heldout38",
    "emergent_heldout39",
    "emergent_heldout40",
    "emergent_heldout41",
    "emergent_heldout42",
    "emergent_heldout43",
    "emergent_heldout44",
    "emergent_heldout45",
    "emergent_heldout46",
    "emergent_heldout47",
    "emergent_heldout48",
    "emergent_heldout49",
    "emergent_heldout50",
    "emergent_heldout51",
    "emergent_heldout52",
    "emergent_heldout53",
    "emergent_heldout54",
    "emergent_heldout55",
    "emergent_heldout56",
    "emergent_heldout57",
    "emergent_heldout58",
    "emergent_heldout59",
    "emergent_heldout60",
    "emergent_heldout61",
    "emergent_heldout62",
    "emergent_heldout63",
    "emergent_heldout64",
    "emergent_heldout65",
    "emergent_heldout66",
    "emergent_heldout67",
    "emergent_heldout68",
    "emergent_heldout69",
    "emergent_heldout70",
    "emergent_heldout71",
    "emergent_heldout72",
    "emergent_heldout73",
    "emergent_heldout74",
    "emergent_heldout75",
    "emergent_heldout76",
    "emergent_heldout77",
    "emergent_heldout78",
    "emergent_heldout79",
    "emergent_heldout80",
    "emergent_heldout81",
    "emergent_heldout82",
    "emergent_heldout83",
    "emergent_heldout84",
    "emergent_heldout85",
    "emergent_heldout86",
    "emergent_heldout87",
    "emergent_heldout88",
    "emergent_heldout89",
    "emergent_heldout90",
    "emergent_heldout91",
    "emergent_heldout92",
    "emergent_heldout93",
    "emergent_heldout94",
    "emergent_heldout95",
    "emergent_heldout96",
    "emergent_heldout97",
    "emergent_heldout98",
    "emergent_heldout99",
    "emergent_heldout100",
    "emergent_heldout101",
    "emergent_heldout102",
    "emergent_heldout103",
    "emergent_heldout104",
    "emergent_heldout105",
    "emergent_heldout106",
    "emergent_heldout107",
    "emergent_heldout108",
    "emergent_heldout109",
    "emergent_heldout110",
    "emergent_heldout111",
    "emergent_heldout112",
    "emergent_heldout113",
    "emergent_heldout114",
    "emergent_heldout115",
    "emergent_heldout116",
    "emergent_heldout117",
    "emergent_heldout118",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="the SIB-200 Finnish folder (default: as benchmarks/emergent.py finds it)",
    )
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--seeds", type=int, default=3, help="random states ours is run with")
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        help="a [themes] setting for ours, as TOML: lexical_view_weight=0.5 (repeatable)",
    )
    args = parser.parse_args()
    overrides = _overrides(args.setting)
    args.data = emergent_sets.sib_folder(parser, args.data)
    analyzer = load_analyzer(args.mode)
    cache = VectorCache(analyzer)
    sets = emergent_sets.dev_sets(args.data, DEV_FILES)
    consensus_seeds = ThemeSettings().consensus_seeds
    clinic: list[tuple[float, float, float, float, float]] = []  # NMI, AMI, over, best NMI/AMI
    header = f"{'data set':<48} {'n':>4} {'k':>3}  k found          NMI    AMI    muu   s/run"
    print(header + "  best NMI / AMI")
    for name, rows in sets:
        docs, texts, truth = bench.lemma_docs(rows, analyzer)
        started = time.perf_counter()
        runs = [
            bench._ours(docs, texts, cache, seed, consensus_seeds, overrides)
            for seed in range(args.seeds)
        ]
        seconds = (time.perf_counter() - started) / args.seeds
        nmi = float(np.mean([normalized_mutual_info_score(truth, r[0]) for r in runs]))
        ami = float(np.mean([adjusted_mutual_info_score(truth, r[0]) for r in runs]))
        found = [r[1] for r in runs]
        true_k = len(set(truth))
        baselines = bench._baselines(docs, true_k, cache).values()
        best_nmi = max(normalized_mutual_info_score(truth, labels) for labels in baselines)
        best_ami = max(adjusted_mutual_info_score(truth, labels) for labels in baselines)
        muu = float(np.mean([r[2] for r in runs]))
        print(
            f"{name:<48} {len(rows):>4} {true_k:>3}  {str(found):<16} {nmi:.3f}  {ami:.3f}"
            f"  {muu:.2f}  {seconds:5.2f}  {best_nmi:.3f} / {best_ami:.3f}"
        )
        if not name.startswith("sib200"):
            over = float(np.mean(found)) - true_k
            clinic.append((nmi, ami, over, best_nmi, best_ami))
    table = np.array(clinic)
    over = table[:, 2]
    print(
        f"clinic-sized sets: {len(table)}, mean NMI {table[:, 0].mean():.3f}, mean AMI"
        f" {table[:, 1].mean():.3f}, mean k found - true k {np.mean(over):+.2f}, mean |k found -"
        f" true k| {np.mean(np.abs(over)):.2f}, k over the truth on {int((over >= 0.5).sum())},"
        f" under on {int((over <= -0.5).sum())}; below the best true-k baseline on"
        f" {int((table[:, 0] < table[:, 3]).sum())} (NMI), {int((table[:, 1] < table[:, 4]).sum())}"
        " (AMI)"
    )


def _overrides(settings: list[str]) -> dict[str, object]:
    """`key=value` pairs read as TOML values (lists as tuples, as config.py gives them)."""
    out: dict[str, object] = {}
    for text in settings:
        value = tomllib.loads(text)
        for key, item in value.items():
            out[key] = tuple(item) if isinstance(item, list) else item
    return out


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
