"""CPU seconds of the archive's per-clinic stages: one in-process `muistiinpanot archive
--fast` (`--accurate`: without `--fast`) over benchmarks/archive.py's synthetic archive,
each named function timed around its outermost call (thread CPU time of the calling
thread), with the cyclic garbage collector's own time and the count of each function's
calls.

    python benchmarks/archive_stages.py [--clinics 10] [--notes 150] [--accurate]

A one-clinic run first loads the models and warms the user cache, so the figures are the
clinics' work. Run it with another source tree first on PYTHONPATH to compare (say the
`src/` of `git archive main`); the wrapping adds about a microsecond a call.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from archive import build_archive

#: (module, function or Class.method): the stages and the calls inside them worth a line.
STAGES = [
    ("muistiinpanot.app.archive_work", "work_on_clinic"),
    ("muistiinpanot.app.pipeline", "process_clinic"),
    ("muistiinpanot.app.pipeline", "analyze_notes"),
    ("muistiinpanot.chatter", "mark_chatter"),
    ("muistiinpanot.themes.assign", "assign_themes"),
    ("muistiinpanot.themes.emergent", "cluster_notes"),
    ("muistiinpanot.themes.emergent", "co_association"),
    ("muistiinpanot.themes.classifier", "SeededClassifier._features"),
    ("muistiinpanot.themes.soft", "word_match_scores"),
    ("muistiinpanot.themes.keywords", "keyword_lists"),
    ("muistiinpanot.themes.coherence", "coherent_themes"),
    ("muistiinpanot.privacy.publish", "scrub_themes"),
    ("muistiinpanot.summarize.post", "summarize_clinic"),
    ("muistiinpanot.summarize.notepieces", "parse_pieces"),
    ("muistiinpanot.app.outputs", "render_outputs"),
    ("muistiinpanot.report.xlsx", "render_notes_xlsx"),
    ("muistiinpanot.archive.store", "Store.save_clinic"),
    ("muistiinpanot.privacy.detect", "_detect"),
    ("muistiinpanot.privacy.names", "find_name_spans"),
    ("muistiinpanot.lemmatize.analyzer", "LemmaAnalyzer.analyze"),
    ("muistiinpanot.lemmatize.analyzer", "LemmaAnalyzer.parse"),
    ("muistiinpanot.lemmatize.analyzer", "LemmaAnalyzer.person_spans"),
    ("muistiinpanot.lemmatize.analyzer", "LemmaAnalyzer.word_vectors"),
]

_TOTALS: dict[str, list[float]] = {}
_ACTIVE: set[str] = set()


def _timed(name: str, function: Any) -> Any:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if name in _ACTIVE:  # inner calls count in the outermost one
            return function(*args, **kwargs)
        _ACTIVE.add(name)
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            _ACTIVE.discard(name)
            total = _TOTALS.setdefault(name, [0.0, 0])
            total[0] += time.thread_time() - start
            total[1] += 1

    return timed


def _wrap_stages() -> None:
    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        if "." in name:
            owner, method = name.split(".")
            cls = getattr(module, owner)
            setattr(cls, method, _timed(name, getattr(cls, method)))
            continue
        original = getattr(module, name)
        for loaded in list(sys.modules.values()):  # every module that imported it by name
            ours = getattr(loaded, "__name__", "").startswith("muistiinpanot")
            if ours and getattr(loaded, name, None) is original:
                setattr(loaded, name, _timed(name, original))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clinics", type=int, default=10)
    parser.add_argument("--notes", type=int, default=150)
    parser.add_argument("--accurate", action="store_true", help="accurate mode, not --fast")
    args = parser.parse_args()
    import typer.main

    import muistiinpanot.app.archive_work  # noqa: F401 (the modules to wrap are loaded)
    import muistiinpanot.app.outputs  # noqa: F401
    from muistiinpanot.cli import app

    _wrap_stages()
    collecting = [0.0, 0.0]

    def collector(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[1] = time.thread_time()
        else:
            collecting[0] += time.thread_time() - collecting[1]

    command = typer.main.get_command(app)
    with tempfile.TemporaryDirectory(prefix="archive-stages-") as tmp:
        root = Path(tmp)
        build_archive(root / "corpus", args.clinics, args.notes)
        build_archive(root / "warm", 1, 20)
        for corpus in ("warm", "corpus"):
            _TOTALS.clear()
            gc.callbacks.append(collector)
            collecting[0] = 0.0
            start = time.thread_time()
            command.main(
                ["archive", str(root / corpus), "--out", str(root / f"{corpus}-out"), "-q",
                 *([] if args.accurate else ["--fast"])],
                standalone_mode=False,
            )  # fmt: skip
            total = time.thread_time() - start
            gc.callbacks.remove(collector)
    mode = "" if args.accurate else " --fast"
    print(f"archive{mode}, {args.clinics} clinics x {args.notes} notes: {total:.2f} CPU s")
    print(f"| stage | CPU s | calls | share |\n|---|---|---|---|\n| gc | {collecting[0]:.2f} | | |")
    for name, (seconds, calls) in sorted(_TOTALS.items(), key=lambda item: -item[1][0]):
        print(f"| {name} | {seconds:.2f} | {calls:.0f} | {100 * seconds / total:.1f} % |")


if __name__ == "__main__":
    main()
