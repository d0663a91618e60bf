"""Where the time of an archive rerun with one clinic changed goes, at growing archive sizes:
start-up and model loading, the changed clinic's own pipeline, and the archive-wide work
(scanning and hashing the corpus, the store's lemma cache, linking and the archive report).
With one worker the store's lemma cache is read per form as the changed clinic meets them
(round 21: `VoikkoCache.prefetch`, `Store.cached_values`, inside the clinic phase).

    python benchmarks/archive_rerun.py [--clinics 10 20 40] [--notes 150] [--add-notes 1]
                                       [--changed INDEX]

For each size, benchmarks/archive.py's synthetic archive is built and run once (`archive
--fast`, a subprocess, untimed); then `--add-notes` new lines (notes of models/training not in
the archive; default one) are appended to one clinic's ryhma1.txt (`--changed`, default the
middle one, as archive.py does) and the rerun runs in a fresh process of this script
(`--rerun CORPUS OUT SECOND`, also usable alone on an archive of your own), which times the
imports in stages and each named function around its outermost call (process CPU seconds and
wall seconds; the wrapping adds about a microsecond a call), then processes one unchanged
clinic (SECOND) again in the same process: what a clinic costs once the process is warm.
CPU seconds are the figures to read on a shared machine. Run with another `src/` first on
PYTHONPATH to compare.
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from archive import ROOT, build_archive

#: (phase, module, function or Class.method), outermost calls; the phases add up to the run.
TIMED = [
    ("archive-wide", "muistiinpanot.app.archive", "read_clinic"),
    ("archive-wide", "muistiinpanot.app.archive", "hash_clinic_folder"),
    ("archive-wide", "muistiinpanot.app.archive", "hash_settings"),
    ("archive-wide", "muistiinpanot.archive.store", "Store.clinic_states"),
    ("archive-wide", "muistiinpanot.archive.store", "Store.carried_corrections"),
    ("archive-wide", "muistiinpanot.archive.store", "Store.load_cache"),
    ("archive-wide", "muistiinpanot.app.archive", "_write_trends"),
    ("start-up", "muistiinpanot.app.archive_work", "load_models"),
    ("archive-wide", "muistiinpanot.lemmatize.voikko", "VoikkoCache.load"),
    ("archive-wide", "muistiinpanot.app.archive_work", "_freeze_loaded"),
    ("clinic", "muistiinpanot.app.archive_work", "work_on_clinic"),
    ("clinic", "muistiinpanot.archive.store", "Store.save_clinic"),
    ("clinic", "muistiinpanot.app.archive_jobs", "write_file_atomic"),
]
#: Calls inside the phases above, printed beneath them.
INNER = [
    ("muistiinpanot.app.archive_work", "init_worker"),
    ("muistiinpanot.app.archive_work", "process_clinic"),
    ("muistiinpanot.app.archive_work", "render_outputs"),
    ("muistiinpanot.app.archive", "rekey_redone"),
    ("muistiinpanot.app.archive", "link_archive_themes"),
    ("muistiinpanot.app.archive", "render_report_html"),
    ("muistiinpanot.lemmatize.voikko", "VoikkoCache.prefetch"),
    ("muistiinpanot.archive.store", "Store.cached_values"),
]

_TOTALS: dict[str, list[float]] = {}
_ACTIVE: set[str] = set()


def _timed(name: str, function: Any) -> Any:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if name in _ACTIVE:
            return function(*args, **kwargs)
        _ACTIVE.add(name)
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _ACTIVE.discard(name)
            total = _TOTALS.setdefault(name, [0.0, 0.0, 0])
            total[0] += time.process_time() - cpu
            total[1] += time.perf_counter() - wall
            total[2] += 1

    return timed


def _wrap(module_name: str, name: str) -> None:
    module = importlib.import_module(module_name)
    if "." in name:
        owner_name, method = name.split(".")
        owner = getattr(module, owner_name)
        if hasattr(owner, method):  # an older src/ may lack it
            setattr(owner, method, _timed(name, getattr(owner, method)))
    elif hasattr(module, name):
        setattr(module, name, _timed(name, getattr(module, name)))


def rerun(corpus: Path, out: Path, second: Path) -> dict[str, Any]:
    """One in-process `archive --fast` of `corpus` into `out`, timed by phase, then the
    clinic `second` (one the rerun skipped) processed again in the same process."""
    imports: dict[str, list[float]] = {}
    for module in (
        "muistiinpanot.cli",
        "muistiinpanot.app.archive",
        "muistiinpanot.app.archive_work",
    ):
        cpu, wall = time.process_time(), time.perf_counter()
        importlib.import_module(module)
        imports[module] = [time.process_time() - cpu, time.perf_counter() - wall]
    for _, module, name in TIMED:
        _wrap(module, name)
    for module, name in INNER:
        _wrap(module, name)
    from muistiinpanot.cli import app

    sys.argv = ["muistiinpanot", "archive", str(corpus), "--out", str(out), "--fast", "-q"]
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        app()
    except SystemExit as end:
        if end.code:
            raise
    command = [time.process_time() - cpu, time.perf_counter() - wall]
    process_cpu = time.process_time()
    timed = {name: list(total) for name, total in _TOTALS.items()}
    return {"imports": imports, "command": command, "timed": timed,
            "process_cpu": process_cpu, "second": _second_clinic(second)}  # fmt: skip


def _second_clinic(folder: Path) -> list[float]:
    """CPU and wall seconds of work_on_clinic on the clinic `folder` in the same process,
    after the rerun: what a clinic costs once the process has warmed up (the lazy imports,
    word lists and models a first clinic meets)."""
    from muistiinpanot.app import archive_work
    from muistiinpanot.config import load_run_settings
    from muistiinpanot.ingest.discover import read_clinic_files, scan_input

    settings = load_run_settings(
        ROOT / "pipelines" / "clinic.toml", input_path=folder, out=folder, fast=True
    )
    (files,) = scan_input(folder, settings.ingest).clinics
    task = archive_work.ClinicTask(read_clinic_files(files, settings.ingest))
    cpu, wall = time.process_time(), time.perf_counter()
    archive_work.work_on_clinic(task)
    return [time.process_time() - cpu, time.perf_counter() - wall]


def _new_notes(corpus: Path, count: int) -> list[str]:
    """`count` notes of models/training that no clinic of `corpus` holds."""
    held = "\n".join(path.read_text("utf-8") for path in corpus.rglob("ryhma*.*"))
    notes = []
    for path in sorted((ROOT / "models" / "training").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row["text"].strip()
                if text and "\n" not in text and text not in held and text not in notes:
                    notes.append(text)
    return notes[-count:]


def _print(clinics: int, result: dict[str, Any]) -> None:
    timed, imports = result["timed"], result["imports"]
    phases = {"start-up": sum(cpu for cpu, _ in imports.values())}
    walls = {"start-up": sum(wall for _, wall in imports.values())}
    for phase, _, name in TIMED:
        cpu, wall, _ = timed.get(name, (0.0, 0.0, 0))
        phases[phase] = phases.get(phase, 0.0) + cpu
        walls[phase] = walls.get(phase, 0.0) + wall
    total = result["process_cpu"]
    phases["rest (interpreter, CLI, store writes)"] = total - sum(phases.values())
    print(f"\n{clinics} clinics: process {total:.2f} CPU s, command {result['command'][1]:.2f} s")
    print("| phase | CPU s | wall s |\n|---|---|---|")
    for phase, cpu in phases.items():
        print(f"| {phase} | {cpu:.2f} | {walls.get(phase, 0.0):.2f} |")
    for module, (cpu, wall) in imports.items():
        print(f"| - import {module} | {cpu:.2f} | {wall:.2f} |")
    for _, _, name in TIMED:
        if name in timed:
            print(f"| - {name} ({timed[name][2]}) | {timed[name][0]:.2f} | {timed[name][1]:.2f} |")
    for _, name in INNER:
        if name in timed:
            print(f"| - - {name} | {timed[name][0]:.2f} | {timed[name][1]:.2f} |")
    cpu, wall = result["second"]
    print(f"| another clinic after it, same process (work_on_clinic) | {cpu:.2f} | {wall:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clinics", type=int, nargs="+", default=[10, 20, 40])
    parser.add_argument("--notes", type=int, default=150, help="notes per clinic")
    parser.add_argument("--add-notes", type=int, default=1, help="new notes of the changed clinic")
    parser.add_argument("--changed", type=int, help="index of the changed clinic (default: N // 2)")
    parser.add_argument("--rerun", type=Path, nargs=3, metavar=("CORPUS", "OUT", "SECOND"))
    args = parser.parse_args()
    if args.rerun is not None:
        print(json.dumps(rerun(*args.rerun)))
        return
    load = os.getloadavg()[0]
    print(f"one-changed rerun, `archive --fast`, {args.notes} notes a clinic, load {load:.1f}")
    for clinics in args.clinics:
        with tempfile.TemporaryDirectory(prefix="archive-rerun-") as tmp:
            corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
            build_archive(corpus, clinics, args.notes)
            first = [sys.executable, "-m", "muistiinpanot", "archive", str(corpus), "--out",
                     str(out), "--fast", "-q"]  # fmt: skip
            subprocess.run(first, check=True)
            index = clinics // 2 if args.changed is None else args.changed
            changed = sorted(corpus.iterdir())[index] / "ryhma1.txt"
            with changed.open("a", encoding="utf-8") as handle:
                handle.write("".join(f"{text}\n" for text in _new_notes(corpus, args.add_notes)))
            folders = sorted(corpus.iterdir())
            second = folders[1 if index == 0 else 0]
            command = [sys.executable, __file__, "--rerun", str(corpus), str(out), str(second)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            _print(clinics, json.loads(done.stdout.splitlines()[-1]))
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
