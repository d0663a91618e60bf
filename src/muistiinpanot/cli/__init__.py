"""Command line: a thin door in front of the pipeline. Only this package prints and exits.

This module makes the typer app and registers the commands, one module each (run.py,
lemmatize.py, evaluate.py, themes.py, cache.py, check.py, archive.py); every command parses its
options, calls app/ and turns our errors into exit codes (common.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from muistiinpanot.cli import archive, cache, check, evaluate, lemmatize, run, themes
from muistiinpanot.cli.common import EXIT_LOCKED

__all__ = ["EXIT_LOCKED", "app"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Suomenkieliset työpajamuistiinpanot → teemat ja blogikooste. "
    "Finnish workshop notes → themes and a blog post of highlights.",
    epilog="Paluuarvot / exit codes: 0 ok; 1 virhe / error (bad input, settings, output folder "
    "or store); 2 väärä komento / wrong usage; 3 (archive) osa klinikoista epäonnistui / some "
    "clinics failed, the others are done; 75 toinen ajo pitää lukkoa / another run holds the "
    "lock (run: the output folder, archive: the store): try again later.",
)


def _show_version(value: bool) -> None:
    if value:
        from muistiinpanot import __version__

        typer.echo(f"muistiinpanot {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Näytä versio / show the version and exit",
        ),
    ] = False,
) -> None:
    """Suomenkieliset työpajamuistiinpanot → teemat ja blogikooste.
    Finnish workshop notes → themes and a blog post of highlights."""


# in the order of `--help`
app.command()(run.run)
app.command()(lemmatize.lemmatize)
app.command()(evaluate.evaluate)
app.command()(themes.themes)
app.add_typer(cache.cache_app, name="cache")
app.command()(check.check)
app.command()(archive.archive)
