"""Whether two source trees give the same archive: every output file and the store's tables,
after a first `archive --fast` run and after a rerun with one note appended to one clinic.

    python benchmarks/archive_outputs.py --before SRC [--clinics 10] [--notes 150] [--warm]

SRC is another tree's `src/` (for example `git archive ff92e60 src pipelines models
pyproject.toml` unpacked). The synthetic archive is benchmarks/archive.py's. Each side runs
through the CLI into its own output folder with its own user cache folder
($MUISTIINPANOT_CACHE), empty at the start (cold) or, with `--warm`, filled by a throwaway
run of the same archive first. The cache condition matters for the store's `lemma_cache`:
a cold cache builds the derived models (lemmatized examples, word lists) with the run's
Voikko cache, and the first clinic then dumps those analyses into the store too; a warm one
reads them from disk. So two sides compare equal there only under the same condition.
Printed: the output files that differ, and per table its rows on each side and whether they
are equal (run ids, times and the settings hash left out)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import build_archive  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: Each table's columns compared (run ids, times and the settings hash are left out).
TABLES = {
    "notes": "clinic_id, id, position, grp, source, text, clean_text, lemmas, status",
    "assignments": "clinic_id, note_id, theme, score",
    "themes": "clinic_id, id, label, label_en, kind, size, share, keywords",
    "bullets": "clinic_id, position, theme, heading, text, note_ids",
    "lemma_cache": "kind, form, value",
    "trend_ids": "id",
    "clinics": "id, title, date, topic, status, input_hash",
}
_CHANGED = "Uusi muistiinpano: ruokailun aikataulu ja välipala auttaisivat jaksamaan.\n"


def _archive(src: Path, corpus: Path, out: Path, cache: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), "MUISTIINPANOT_CACHE": str(cache)}
    command = [sys.executable, "-m", "muistiinpanot", "archive", str(corpus), "--out", str(out)]
    subprocess.run([*command, "--fast", "-q"], env=env, check=True)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".sqlite" and ".sqlite-" not in p.name
    }


def _rows(db: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            f"SELECT {TABLES[table]} FROM {table} ORDER BY {TABLES[table]}"
        ).fetchall()


def _side(src: Path, root: Path, clinics: int, notes: int, warm: bool) -> list[Path]:
    """The output folders after the first run and after the one-changed rerun."""
    cache = root / "cache"
    if warm:
        build_archive(root / "warmup", clinics, notes)
        _archive(src, root / "warmup", root / "warmup-out", cache)
    corpus = root / "corpus"
    build_archive(corpus, clinics, notes)
    _archive(src, corpus, root / "out", cache)
    first = root / "first"
    subprocess.run(["cp", "-r", str(root / "out"), str(first)], check=True)
    changed = sorted(p for p in corpus.iterdir() if p.is_dir())[clinics // 2]
    with (changed / "ryhma1.txt").open("a", encoding="utf-8") as handle:
        handle.write(_CHANGED)
    _archive(src, corpus, root / "out", cache)
    return [first, root / "out"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="another tree's src/")
    parser.add_argument("--clinics", type=int, default=10)
    parser.add_argument("--notes", type=int, default=150)
    parser.add_argument("--warm", action="store_true", help="fill each user cache first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="archive-outputs-") as tmp:
        sides = {
            name: _side(src, Path(tmp) / name, args.clinics, args.notes, args.warm)
            for name, src in (("before", args.before), ("after", ROOT / "src"))
        }
        condition = "warm" if args.warm else "cold"
        print(f"{args.clinics} clinics x {args.notes} notes, user caches {condition}")
        for step, (before, after) in zip(
            ("first run", "one-changed rerun"), zip(*sides.values(), strict=True), strict=True
        ):
            files = _files(before), _files(after)
            differ = sorted(
                n for n in files[0].keys() | files[1].keys() if files[0].get(n) != files[1].get(n)
            )
            print(f"{step}: {len(files[1])} output files, {len(differ)} differ {differ[:10]}")
            for table in TABLES:
                rows = (
                    _rows(before / "archive.sqlite", table),
                    _rows(after / "archive.sqlite", table),
                )
                verdict = "equal" if rows[0] == rows[1] else "DIFFER"
                print(f"  {table:12} {len(rows[0]):>7} -> {len(rows[1]):>7} rows  {verdict}")


if __name__ == "__main__":
    main()
