"""Start-up cost of the CLI, as ratios to loading the stock spaCy Finnish model in the same run.

    python benchmarks/startup.py [--clinic corpus/2025-09-siilot-yhteistyo] [--repeat 5]

Each command runs as a fresh process (what a user pays), after one untimed warm-up of each so
that the user cache (lemmatized examples, fitted classifier) is built; the cache is a folder
of this run's own, so that other jobs on a shared machine cannot evict its entries. Rounds
interleave the commands, so that the noise of this shared machine falls on all of them alike;
the table shows the median wall time and the median CPU time (user + system) of each, and both
as a ratio to the baseline `spacy.load("spacy_fi_experimental_web_md")` (all pipes, as a stock
user loads it).

Targets (issue 9): a missing-path error ≤ 0.2×, `lemmatize` of one sentence ≤ 1.2×, `run` on a
60-note clinic ≤ 2.5× accurate and ≤ 1.5× with --fast.

`--before SRC` also times each command with another source tree first on PYTHONPATH (say a
`git worktree add --detach /tmp/before <commit>` checkout's `src`), in the same rounds, so that
a change is measured before and after in one run of this script.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command`; a failure stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    expect_failure = "/ei/ole/olemassa" in command
    if (done.returncode != 0) != expect_failure:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr}")
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clinic", type=Path, default=ROOT / "corpus" / "2025-09-siilot-yhteistyo")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", type=Path, help="a source tree to compare with (its src/)")
    args = parser.parse_args()
    python = sys.executable
    cli = [python, "-m", "muistiinpanot"]
    work = Path(tempfile.mkdtemp(prefix="startup-"))
    clinic = str(args.clinic.resolve())
    commands = {
        "stock spacy.load (baseline)": [
            python,
            "-c",
            "import spacy; spacy.load('spacy_fi_experimental_web_md')",
        ],
        "missing path error": [*cli, "run", "/ei/ole/olemassa", "--out", str(work / "x")],
        "lemmatize one sentence": [*cli, "lemmatize", "Siilorajat pitäis purkaa"],
        "run 60 notes, accurate": [*cli, "run", clinic, "--out", str(work / "a")],
        "run 60 notes, --fast": [*cli, "run", clinic, "--out", str(work / "f"), "--fast"],
    }
    # a cache folder of the benchmark's own: other jobs on the machine cannot evict its entries
    env = {**os.environ, "MUISTIINPANOT_CACHE": str(work / "cache")}
    if env.get("PYTHONPATH"):  # the commands run in `work`: a relative entry would miss
        env["PYTHONPATH"] = os.pathsep.join(
            str(Path(entry).resolve()) for entry in env["PYTHONPATH"].split(os.pathsep) if entry
        )
    load_before = os.getloadavg()
    runs = {name: (command, env) for name, command in commands.items()}
    if args.before is not None:
        before = {**env, "PYTHONPATH": str(args.before.resolve())}
        for name, command in list(commands.items())[1:]:
            runs[f"{name} (before)"] = (command, before)
    for command, env in runs.values():  # warm-up: builds the user cache, fills the OS cache
        _timed(command, work, env)
    walls: dict[str, list[float]] = {name: [] for name in runs}
    cpus: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, (command, env) in runs.items():
            wall, cpu = _timed(command, work, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    base_wall = statistics.median(walls["stock spacy.load (baseline)"])
    base_cpu = statistics.median(cpus["stock spacy.load (baseline)"])
    print(f"{'command':<39} {'wall s':>7} {'× base':>7} {'CPU s':>7} {'× base':>7}")
    for name in sorted(runs, key=lambda name: list(commands).index(name.removesuffix(" (before)"))):
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"{name:<39} {wall:>7.2f} {wall / base_wall:>7.2f} {cpu:>7.2f} {cpu / base_cpu:>7.2f}"
        )
    print(f"({args.repeat} interleaved rounds, medians; {os.cpu_count()} cores; clinic {clinic})")
    load_after = os.getloadavg()
    print(f"(load average before / after: {load_before[0]:.2f} / {load_after[0]:.2f})")


if __name__ == "__main__":
    main()
