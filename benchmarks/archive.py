"""The archive job at scale: a synthetic archive built from the example notes, run through
the real CLI (`muistiinpanot archive`, one subprocess per run) and timed end to end.

    python benchmarks/archive.py [--clinics 100] [--notes 150] [--workers 1] [--stock-notes 3000]
                                 [--fit] [--config ARCHIVE_TOML] [--before SRC] [--skip-accurate]
                                 [--redact]

Clinics are made by drawing `--notes` distinct notes of models/training (fixed seed) into four
group files (.txt, .md, .csv, .txt) with monthly dates. Prints, in one run:
- notes/s of the first run with --fast and with the accurate lemmatizer (new store each), each
  also as a ratio to the stock spaCy Finnish pipeline (every component) merely tagging the
  same notes with nlp.pipe, timed in this process on the first `--stock-notes` of them;
- the time of a rerun with nothing changed and of a rerun with one clinic changed (fast);
- with `--fit`, the same three --fast runs with `--fit archive` too (a store of their own);
- peak memory: the largest summed RSS of the run's process tree (sampled every 0.1 s);
- the CPU time (user + system) of each run's process tree and of the stock tagging, and the
  ratio of notes per CPU second to the stock pipeline's: on a shared machine the wall-clock
  ratio also measures the other jobs, the CPU ratio much less so.
A one-clinic run first warms the user cache of the example models, so the first run measures
the archive, not the cache build. Every figure is one measurement on a shared machine.

`--before SRC` also runs every step with another source tree first on PYTHONPATH (say a
`git worktree add --detach /tmp/before <commit>` checkout's `src`), each step before and after
in turn on the same synthetic archive, so that a change is measured in one run of this script.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def build_archive(root: Path, clinics: int, notes: int, seed: int = 0) -> list[str]:
    """Write the synthetic archive under `root`; return every note text written."""
    texts: list[str] = []
    for path in sorted((ROOT / "models" / "training").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"].strip() for row in csv.DictReader(handle) if row["text"].strip()]
    texts = sorted(set(t for t in texts if "\n" not in t))
    rng = random.Random(seed)
    written: list[str] = []
    for number in range(clinics):
        year, month = 2020 + number // 12, number % 12 + 1
        folder = root / f"{year}-{month:02d}-klinikka-{number:03d}"
        folder.mkdir(parents=True)
        (folder / "clinic.toml").write_text(
            f'title = "Verkkoklinikka {number}"\ndate = {year}-{month:02d}-15\n', encoding="utf-8"
        )
        chosen = rng.sample(texts, notes)
        written += chosen
        quarter = (len(chosen) + 3) // 4
        groups = [chosen[i : i + quarter] for i in range(0, len(chosen), quarter)]
        for index, group in enumerate(groups):
            if index == 1:
                (folder / "ryhma2.md").write_text("".join(f"- {t}\n" for t in group), "utf-8")
            elif index == 2:
                with (folder / "ryhma3.csv").open("w", encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(["text"])
                    writer.writerows([t] for t in group)
            else:
                (folder / f"ryhma{index + 1}.txt").write_text("\n".join(group) + "\n", "utf-8")
    return written


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_archive(
    corpus: Path, out: Path, *options: str, src: Path | None = None
) -> tuple[float, float, float]:
    """Seconds of one CLI run, the peak summed RSS (GiB) of its process tree and its CPU
    seconds (user + system of the run and the worker processes it waited for); `src`: the
    source tree to run (default: this environment's muistiinpanot)."""
    command = [sys.executable, "-m", "muistiinpanot", "archive", str(corpus), "--out", str(out)]
    cpu = _children_cpu()
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(src.resolve())} if src is not None else None
    process = psutil.Popen([*command, "-q", *options], env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            try:
                tree = [process, *process.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"archive run failed with exit code {code}: {' '.join(command)}")
    return elapsed, peak[0] / 2**30, _children_cpu() - cpu


def stock_rate(texts: list[str]) -> tuple[float, float]:
    """Notes per second and per CPU second of the stock spaCy Finnish pipeline tagging
    `texts`."""
    import spacy

    nlp = spacy.load("spacy_fi_experimental_web_md")
    list(nlp.pipe(texts[:50]))
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return len(texts) / (time.perf_counter() - start), len(texts) / (time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clinics", type=int, default=100)
    parser.add_argument("--notes", type=int, default=150, help="notes per clinic")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--pool", choices=["dask", "process"], default="process")
    parser.add_argument("--stock-notes", type=int, default=3000)
    parser.add_argument("--skip-accurate", action="store_true")
    parser.add_argument("--before", type=Path, help="a source tree to compare with (its src/)")
    parser.add_argument(
        "--fit", action="store_true", help="also the three --fast runs with --fit archive"
    )
    parser.add_argument("--redact", action="store_true", help="every run with --redact")
    parser.add_argument(
        "--config",
        type=Path,
        help="an archive.toml for every run (default: the bundled one), e.g. one with "
        "'[archive] workers = 1' to keep each run in one process",
    )
    args = parser.parse_args()
    trees: list[tuple[str, Path | None]] = [("", None)]
    if args.before is not None:
        trees = [(" (before)", args.before), ("", None)]
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as tmp:
        root = Path(tmp)
        texts = build_archive(root / "corpus", args.clinics, args.notes)
        total = len(texts)
        build_archive(root / "warm", 1, 20)
        for tag, src in trees:
            run_archive(root / "warm", root / f"warm-out{tag}", "--fast", src=src)
            run_archive(root / "warm", root / f"warm-out-acc{tag}", src=src)
        workers = ["--workers", str(args.workers)] if args.workers > 1 else []
        redact = ["--redact"] if args.redact else []
        if workers and args.pool == "process":
            (root / "archive.toml").write_text(
                f'[archive]\nworkers = {args.workers}\npool = "process"\n', encoding="utf-8"
            )
            workers = ["--config", str(root / "archive.toml")]
        elif args.config is not None:
            workers = ["--config", str(args.config.resolve()), *workers]
        workers += redact
        stock, stock_cpu = stock_rate(texts[: args.stock_notes])
        where = f"--workers {args.workers} ({args.pool})" if args.workers > 1 else "default"
        print(
            f"archive: {args.clinics} clinics x {args.notes} notes = {total} notes, "
            f"workers: {where}, config: {args.config or 'the bundled pipelines/archive.toml'}"
            + (", --redact" if args.redact else "")
        )
        print(
            f"stock spaCy nlp.pipe tagging: {stock:,.0f} notes/s, {stock_cpu:,.0f} notes per "
            f"CPU s (first {args.stock_notes})"
        )
        print("| run | seconds | notes/s | x stock | CPU s | x stock (CPU) | peak GiB |")
        print("|---|---|---|---|---|---|---|")

        def row(name: str, notes: int, seconds: float, peak: float, cpu: float) -> None:
            rates = (
                f"{notes / seconds:,.0f} | {notes / seconds / stock:.2f} | {cpu:.1f} | "
                f"{notes / cpu / stock_cpu:.2f}"
                if notes
                else f"| | {cpu:.1f} |"
            )
            print(f"| {name} | {seconds:.2f} | {rates} | {peak:.2f} |")

        # with --fit, each --fast step also runs with the archive's themes fitted once (a
        # store of their own)
        fast: list[tuple[str, Path | None, Path, tuple[str, ...]]] = [
            (tag, src, root / f"fast{tag}", ()) for tag, src in trees
        ]
        if args.fit:
            fast += [
                (f" --fit archive{tag}", src, root / f"fit{tag}", ("--fit", "archive"))
                for tag, src in trees
            ]

        def fast_runs(name: str, notes: int) -> None:
            for tag, src, out, fit in fast:
                row(
                    f"{name}{tag}",
                    notes,
                    *run_archive(root / "corpus", out, "--fast", *fit, *workers, src=src),
                )

        fast_runs("first run, --fast", total)
        fast_runs("rerun, nothing changed", 0)
        changed = sorted((root / "corpus").iterdir())[args.clinics // 2] / "ryhma1.txt"
        with changed.open("a", encoding="utf-8") as handle:
            handle.write("uusi muistiinpano: tieto ei kulje yksiköiden välillä\n")
        fast_runs("rerun, one clinic changed", 0)
        if not args.skip_accurate:
            for tag, src in trees:
                row(
                    f"first run, accurate{tag}",
                    total + 1,
                    *run_archive(root / "corpus", root / f"accurate{tag}", *workers, src=src),
                )


if __name__ == "__main__":
    main()
