"""The emergent benchmarks' data sets, as every emergent_*.py script reads them.

SIB-200 Finnish (train+dev as one set; test, when the folder has it, as a report-only row),
found beside the checkout or, from a git worktree, beside the main checkout (never copied);
each corpus/gold clinic twice (`:full` every note, `:emergent` only the notes whose gold label
is neither a seeded theme nor muu); and the clinics of a held-out file (id,clinic,text,label;
chatter notes left out), named by the file: `heldout2:<clinic>` for heldout2_emergent.csv,
`<stem>:<clinic>` for another. `dev_sets` reads a list of held-out files at once, SIB-200 and
the corpus sets kept from the first file only.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDED = {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"}
Rows = list[tuple[str, str, str]]  # id, text, label


def sib_folder(parser: argparse.ArgumentParser, given: Path | None) -> Path:
    """The SIB-200 folder: `given`, else shared/data/sib200-fi beside this checkout or, from a
    git worktree, beside the main checkout; a clear error (exit 2) when there is none."""
    candidates = [given] if given is not None else _default_sib_folders()
    for folder in candidates:
        if (folder / "train.tsv").is_file() and (folder / "dev.tsv").is_file():
            return folder
    parser.error(
        "no SIB-200 Finnish folder (train.tsv and dev.tsv) at "
        + " or ".join(str(folder) for folder in candidates)
        + "; pass --data FOLDER"
    )


def _default_sib_folders() -> list[Path]:
    """shared/data/sib200-fi beside the repo, and beside the main checkout when ROOT is a git
    worktree (its .git is a file naming the main repository's .git/worktrees/<name>)."""
    roots = [ROOT]
    git = ROOT / ".git"
    if git.is_file():
        line = git.read_text(encoding="utf-8").strip()
        if line.startswith("gitdir:"):
            worktree_git = (ROOT / line.partition(":")[2].strip()).resolve()
            common = worktree_git / "commondir"
            if common.is_file():
                main_git = (worktree_git / common.read_text(encoding="utf-8").strip()).resolve()
                roots.append(main_git.parent)
    return [root.parent / "shared" / "data" / "sib200-fi" for root in roots]


def data_sets(sib_folder: Path, heldout: Path) -> list[tuple[str, Rows]]:
    """SIB-200, the corpus gold clinics and `heldout`'s clinics (when the file exists)."""
    sets: list[tuple[str, Rows]] = []
    sib: Rows = []
    for split in ("train", "dev"):
        with (sib_folder / f"{split}.tsv").open(encoding="utf-8") as handle:
            sib += [
                (f"{split}-{int(r['index_id']):04d}", r["text"], r["category"])
                for r in csv.DictReader(handle, delimiter="\t")
            ]
    sets.append(("sib200", sorted(sib)))
    test_split = sib_folder / "test.tsv"
    if test_split.exists():  # report only: nothing was chosen on it
        with test_split.open(encoding="utf-8") as handle:
            test = [
                (f"test-{int(r['index_id']):04d}", r["text"], r["category"])
                for r in csv.DictReader(handle, delimiter="\t")
            ]
        sets.append(("sib200-test (report only)", sorted(test)))
    for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows = sorted((r["id"], r["text"], r["label"]) for r in csv.DictReader(handle))
        sets.append((f"{path.stem}:full", rows))
        emergent = [row for row in rows if row[2] not in SEEDED and row[2] != "muu"]
        sets.append((f"{path.stem}:emergent", emergent))
    if heldout.exists():
        with heldout.open(encoding="utf-8") as handle:
            by_clinic: dict[str, Rows] = {}
            for r in csv.DictReader(handle):
                if r["label"] != "chatter":
                    by_clinic.setdefault(r["clinic"], []).append((r["id"], r["text"], r["label"]))
        prefix = heldout_name(heldout)
        sets += [(f"{prefix}:{c}", sorted(rows)) for c, rows in sorted(by_clinic.items())]
    return sets


def dev_sets(sib_folder: Path, stems: Iterable[str]) -> list[tuple[str, Rows]]:
    """`data_sets` of each benchmarks/data/<stem>.csv in turn: every file brings SIB-200 and the
    corpus sets again, kept from the first file only."""
    sets: list[tuple[str, Rows]] = []
    for stem in stems:
        found = data_sets(sib_folder, ROOT / "benchmarks" / "data" / f"{stem}.csv")
        prefix = heldout_name(Path(stem))
        first = not sets
        sets += [s for s in found if first or s[0].startswith(prefix)]
    return sets


def heldout_name(path: Path) -> str:
    """heldout2_emergent.csv keeps its old name 'heldout2'; another file is named by its stem."""
    return "heldout2" if path.stem == "heldout2_emergent" else path.stem


def set_kind(name: str, heldout: Path) -> str:
    """Which --sets kind a data set belongs to: sib200, corpus or the held-out file's name."""
    if name.startswith("sib200"):
        return "sib200"
    prefix = name.partition(":")[0]
    return prefix if prefix == heldout_name(heldout) else "corpus"
