"""cProfile of one in-process `muistiinpanot archive --fast` (`--accurate`: without `--fast`)
over benchmarks/archive.py's synthetic archive, after a one-clinic warm run in the same process
(so the models' load and the user cache's first fill are outside): the top functions by own
time and by cumulative time, CPU seconds (`time.process_time`) as the profiler counts them.

    python benchmarks/archive_profile.py [--clinics 10] [--notes 150] [--top 20] [--accurate]
                                         [--dump FILE.prof]

The profiler's per-call overhead inflates Python-heavy code (a run takes about three times
its unprofiled CPU); read shares and call counts, not seconds. Run it with another `src/`
first on PYTHONPATH to compare.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from archive import build_archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clinics", type=int, default=10)
    parser.add_argument("--notes", type=int, default=150)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--accurate", action="store_true", help="accurate mode, not --fast")
    parser.add_argument("--dump", type=Path, help="also write the raw stats here")
    args = parser.parse_args()
    import typer.main

    from muistiinpanot.cli import app

    command = typer.main.get_command(app)
    mode = [] if args.accurate else ["--fast"]
    profile = cProfile.Profile(time.process_time)
    with tempfile.TemporaryDirectory(prefix="archive-profile-") as tmp:
        root = Path(tmp)
        build_archive(root / "corpus", args.clinics, args.notes)
        build_archive(root / "warm", 1, 20)
        for corpus in ("warm", "corpus"):
            options = ["archive", str(root / corpus), "--out", str(root / f"{corpus}-out"), "-q"]
            if corpus == "corpus":
                profile.enable()
            command.main([*options, *mode], standalone_mode=False)
        profile.disable()
    if args.dump:
        profile.dump_stats(str(args.dump))
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(key).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
