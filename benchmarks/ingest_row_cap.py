"""How soon an oversize spreadsheet is refused, as a ratio to reading it whole in the same run.

    python benchmarks/ingest_row_cap.py [--rows 60000] [--cap 10000] [--repeat 3]

Writes one .xlsx of `--rows` note rows (openpyxl, into a temporary folder), then times, in
interleaved rounds, (a) reading it with `max_table_rows` above its size (the baseline: every
row parsed) and (b) reading it with `max_table_rows = --cap`, which must stop with the "too
many rows" message. The .xlsx reader streams rows (openpyxl read_only, iter_rows), so (b)
should cost about cap / rows of (a) plus the fixed cost of opening the workbook; a reader that
loads the sheet before counting costs about 1.0x. CPU seconds of this process are shown
beside wall time (steadier on a shared machine). Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.discover import read_file
from muistiinpanot.ingest.settings import IngestSettings


def _write(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Vastaukset")
    sheet.append(["Ryhmä", "Kommentti"])
    for number in range(rows):
        sheet.append([f"Ryhmä {number % 7}", f"muistiinpano numero {number}, tieto ei kulje"])
    workbook.save(path)


def _time(path: Path, settings: IngestSettings) -> tuple[float, float, str]:
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        outcome = f"{len(read_file(path, path.name, settings).notes)} notes"
    except InputError as err:
        outcome = err.user_message().split(": ", 1)[1][:60]
    return time.perf_counter() - wall, time.process_time() - cpu, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--cap", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "iso.xlsx"
        _write(path, args.rows)
        cases = {
            "whole sheet (baseline)": IngestSettings(max_table_rows=args.rows + 1),
            f"cap {args.cap}": IngestSettings(max_table_rows=args.cap),
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        outcomes: dict[str, str] = {}
        for _ in range(args.repeat):
            for name, settings in cases.items():
                wall, cpu, outcomes[name] = _time(path, settings)
                times[name].append((wall, cpu))
    base_wall = statistics.median(w for w, _ in times["whole sheet (baseline)"])
    base_cpu = statistics.median(c for _, c in times["whole sheet (baseline)"])
    print(f"{args.rows} rows, median of {args.repeat}")
    print(f"{'case':<24} {'wall s':>7} {'ratio':>6} {'cpu s':>7} {'ratio':>6}  outcome")
    for name in cases:
        wall = statistics.median(w for w, _ in times[name])
        cpu = statistics.median(c for _, c in times[name])
        print(
            f"{name:<24} {wall:7.2f} {wall / base_wall:6.2f} {cpu:7.2f} {cpu / base_cpu:6.2f}"
            f"  {outcomes[name]}"
        )


if __name__ == "__main__":
    main()
