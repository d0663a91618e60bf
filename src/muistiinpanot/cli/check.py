"""`muistiinpanot check`: the inputs read as `run` reads them, without any language model."""

from __future__ import annotations

from typing import Annotated

import typer

from muistiinpanot.cli import options
from muistiinpanot.cli.common import config_or_default, fail
from muistiinpanot.errors import MuistiinpanotError


def check(
    path: options.InputPath,
    config: options.PipelineConfig = None,
    all_sheets: Annotated[
        bool, typer.Option(help="Lue työkirjan kaikki taulukot / read every sheet of a workbook")
    ] = False,
) -> None:
    """Tarkista syötteet ilman kielimalleja / check the inputs without loading any model:
    format, encoding, notes and groups per file, and problems. Exit code 1 when anything
    cannot be read."""
    import dataclasses

    from muistiinpanot.ingest.check import check_input, format_report
    from muistiinpanot.ingest.settings import load_ingest_settings

    try:
        settings = load_ingest_settings(config_or_default(config))
    except MuistiinpanotError as err:
        raise fail(err) from None
    if all_sheets:
        settings = dataclasses.replace(settings, all_sheets=True)
    report = check_input(path, settings)
    typer.echo(format_report(report))
    if not report.ok:
        raise typer.Exit(code=1)
