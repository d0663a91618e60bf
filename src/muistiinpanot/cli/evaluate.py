"""`muistiinpanot evaluate`: themes scored against gold labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from muistiinpanot.cli import options
from muistiinpanot.cli.common import config_or_default, fail, setup_logging
from muistiinpanot.errors import MuistiinpanotError


def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Kultastandardi / gold CSV (id,text,label) or folder")
    ],
    no_seeded: Annotated[
        bool, typer.Option("--no-seeded", help="Vain nousevat teemat / emergent themes only")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON-tuloste / JSON output")] = False,
    predictions: Annotated[
        Path | None, typer.Option(help="Kirjoita id,theme jokaiselle riville / write id,theme")
    ] = None,
    config: options.PipelineConfig = None,
    themes: options.ThemesFile = None,
    fast: options.Fast = False,
) -> None:
    """Arvioi teemat kultastandardia vasten / score themes against gold labels."""
    setup_logging(verbose=False)
    from muistiinpanot.app.preflight import check_run
    from muistiinpanot.config import load_run_settings

    config = config_or_default(config)
    try:
        settings = load_run_settings(
            config, input_path=gold, out=Path("."), fast=fast, definitions=themes
        )
        check_run(settings)  # the gold path and themes file, before any model loads
    except MuistiinpanotError as err:
        raise fail(err) from None
    from muistiinpanot.app.evaluate import evaluate_gold, render_predictions_csv
    from muistiinpanot.app.pipeline import load_models
    from muistiinpanot.fileio import write_text_atomic

    try:
        report = evaluate_gold(gold, load_models(settings), settings, seeded=not no_seeded)
        if predictions is not None:
            write_text_atomic(predictions, render_predictions_csv(report))
    except MuistiinpanotError as err:
        raise fail(err) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        typer.echo(report.format_table())
