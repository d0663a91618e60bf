"""`run --fast` imports neither scikit-learn nor pandas once the user cache is built: they
cost about a second of every start-up (benchmarks/startup.py measures the start-up itself); nor
Faker, whose name lists the cache holds (privacy/gazetteer.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.themes import ThemeDefinition
from muistiinpanot.themes.examples import load_examples

_PROBE = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('HEAVY', sorted({m.split('.')[0] for m in sys.modules}"
    " & {'sklearn', 'pandas', 'faker'})))\n"
    "from muistiinpanot.cli import app\n"
    "app()\n"
)


def test_run_fast_with_a_built_cache_imports_no_scikit_learn(
    tmp_path: Path,
    themes_fixtures: Path,
    fixtures_dir: Path,
    definitions: tuple[ThemeDefinition, ...],
    fast_analyzer: LemmaAnalyzer,
) -> None:
    # the session's user cache gets the fast-mode examples and the fitted classifier here
    assert (
        load_examples(example_rows(themes_fixtures / "examples"), definitions, fast_analyzer)
        is not None
    )
    assert load_gazetteer.__wrapped__().first  # and the name gazetteer (written to the cache)
    config = tmp_path / "clinic.toml"
    config.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n',
        encoding="utf-8",
    )
    clinic = fixtures_dir / "ingest" / "pieni"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "run", str(clinic), "--out", str(tmp_path / "out")]
        + ["--fast", "--config", str(config), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "HEAVY []"
    assert (tmp_path / "out" / "summary.md").is_file()
