"""`muistiinpanot themes`: the theme definitions in use, listed and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from muistiinpanot.cli import options
from muistiinpanot.cli.common import config_or_default, fail, warn
from muistiinpanot.errors import MuistiinpanotError
from muistiinpanot.messages import counted


def themes(
    file: Annotated[
        Path | None,
        typer.Argument(help="Teemamäärittelyt / themes.toml (default: the pipeline's)"),
    ] = None,
    config: options.PipelineConfig = None,
) -> None:
    """Listaa ja tarkista teemat / list and check the theme definitions in use."""
    from muistiinpanot.app.themes import list_themes
    from muistiinpanot.config import load_run_settings

    config = config_or_default(config)
    try:
        settings = load_run_settings(config, input_path=Path("."), out=Path("."), definitions=file)
        listing = list_themes(settings.theme_definitions, settings.theme_examples)
    except MuistiinpanotError as err:
        raise fail(err) from None
    typer.echo(f"{listing.path}: {counted(len(listing.definitions), 'teema', 'teemaa')} / themes")
    if listing.examples:
        typer.echo(f"esimerkit / examples: {listing.examples}")
    typer.echo(f"{'id':<22} {'esimerkit':>9}  nimi / label")
    for definition in listing.definitions:
        count = listing.example_counts[definition.id]
        typer.echo(f"{definition.id:<22} {count:>9}  {definition.label}")
        typer.echo(f"{'':<33}siemensanat / seeds: {', '.join(definition.seed_lemmas) or '-'}")
    for problem in listing.problems:
        warn(problem)
