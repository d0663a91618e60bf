"""Property: whenever `muistiinpanot run` is killed (SIGKILL, at a random moment), each clinic
output folder is absent (nothing published yet), the previous complete set or the new one,
byte for byte; the next run cleans up what the killed one left.

Each run is a separate process killed with SIGKILL. To keep a few dozen runs within the suite's
budget on a shared two-core machine, the processes are forked from this test process after
one run has loaded the fast analyzer, the fixture examples and
everything else loaded lazily (a fresh interpreter spends seconds
importing spaCy before it reads a note); each child then runs the real CLI entry point, from
reading the notes to swapping the folders in. Kill delays are drawn with a fixed seed across
the length of a whole run.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

from muistiinpanot.app import pipeline
from muistiinpanot.config import load_run_settings

RUNS = 30
SEED = 20261203
CLINICS = ("c1", "c2")
_NOTES = {
    "a": (
        "siilorajat pitäis purkaa\n- tieto ei kulje yksiköiden välillä\n"
        "luottamus syntyy kun lupaukset pidetään\navoin valmistelu auttaa\n"
    ),
    "b": (
        "johdon pitäis antaa lupa epäonnistua\nkokeilukulttuuria pitää johtaa\n"
        "kukaan ei uskalla sanoa ääneen\n"
    ),
}


def _corpus(root: Path, version: str) -> Path:
    for clinic in CLINICS:
        folder = root / version / clinic
        folder.mkdir(parents=True)
        (folder / "clinic.toml").write_text(
            f'title = "Verkkoklinikka {clinic}"\ndate = 2026-01-15\n', encoding="utf-8"
        )
        (folder / "ryhma1.txt").write_text(_NOTES[version], encoding="utf-8")
        (folder / "ryhma2.txt").write_text(f"{clinic}: yhteistyö kuntien kanssa\n")
    return root / version


def _run_cli(argv: list[str]) -> None:
    from muistiinpanot.cli import app

    app(argv, prog_name="muistiinpanot")


def _start(corpus: Path, out: Path, config: Path) -> multiprocessing.process.BaseProcess:
    argv = ["run", str(corpus), "--out", str(out), "--config", str(config), "-q"]
    process = multiprocessing.get_context("fork").Process(target=_run_cli, args=(argv,))
    process.start()
    return process


def _snapshot(folder: Path) -> dict[str, bytes] | None:
    if not folder.exists():
        return None
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_killed_runs_leave_each_clinic_folder_previous_or_complete(
    tmp_path: Path, fast_run_config: Path
) -> None:
    corpora = {version: _corpus(tmp_path / "in", version) for version in ("a", "b")}
    # one run in this process loads everything lazily loaded (models, NER, vectors) for the forks
    pipeline.run(load_run_settings(fast_run_config, input_path=corpora["a"], out=tmp_path / "w"))
    complete: dict[str, dict[str, dict[str, bytes] | None]] = {}
    durations = []
    for version, corpus in corpora.items():
        started = time.monotonic()
        process = _start(corpus, tmp_path / f"ref-{version}", fast_run_config)
        process.join()
        durations.append(time.monotonic() - started)
        assert process.exitcode == 0
        complete[version] = {c: _snapshot(tmp_path / f"ref-{version}" / c) for c in CLINICS}
    assert complete["a"]["c1"] != complete["b"]["c1"]
    assert "manifest.json" in (complete["a"]["c1"] or {})

    out = tmp_path / "out"
    rng = random.Random(SEED)
    published = dict.fromkeys(CLINICS, False)
    killed = 0
    for _ in range(RUNS):
        version = rng.choice("ab")
        process = _start(corpora[version], out, fast_run_config)
        process.join(rng.uniform(0.0, 1.2 * max(durations)))
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
        process.join()
        assert process.exitcode in (0, -signal.SIGKILL)
        for clinic in CLINICS:
            seen = _snapshot(out / clinic)
            if seen is None:
                assert not published[clinic], f"{clinic} vanished after it was published"
            else:
                published[clinic] = True
                assert seen in (complete["a"][clinic], complete["b"][clinic]), clinic
        if out.exists():
            visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
            assert set(visible) <= set(CLINICS)
    print("durations", durations, "killed", killed)
    assert killed > 0

    final = _start(corpora["a"], out, fast_run_config)
    final.join()
    assert final.exitcode == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(CLINICS)  # leftovers cleaned up
    assert {c: _snapshot(out / c) for c in CLINICS} == complete["a"]
