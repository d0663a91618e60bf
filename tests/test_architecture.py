"""The import contracts of .importlinter hold: stages do not import each other (only app/ and
cli/ cross them), nothing below the command line imports app/ or cli/, and the shared
modules import no stage; a module split in two (chatter/parse.py, themes/spectral.py,
report/review_records.py) imports its part, never the other way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    # in a process of its own: import-linter's logging set-up disables the loggers that
    # exist, which would silence ours for the tests that come after
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         f"sys.exit(lint_imports(config_filename={str(REPO / '.importlinter')!r}, "
         "no_cache=True, no_logo=True))"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
