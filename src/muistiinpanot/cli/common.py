"""What every command shares: logging set-up, the default pipeline file and our errors turned
into exit codes (the options several commands take are in options.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from muistiinpanot.errors import EXIT_LOCKED, LockedError, MuistiinpanotError

__all__ = ["EXIT_LOCKED", "config_or_default", "fail", "setup_logging"]


def config_or_default(config: Path | None) -> Path:
    """The pipeline file given, else the bundled pipelines/clinic.toml."""
    from muistiinpanot.resources import default_pipeline

    return config if config is not None else default_pipeline()


def fail(err: MuistiinpanotError) -> typer.Exit:
    typer.echo(f"virhe / error: {err.user_message()}", err=True)
    return typer.Exit(code=EXIT_LOCKED if isinstance(err, LockedError) else 1)


def warn(message: str) -> None:
    """One warning line on stderr, as every command writes them."""
    typer.echo(f"varoitus / warning: {message}", err=True)


def setup_logging(verbose: bool, quiet: bool = False) -> None:
    """-v: every step (INFO); default: warnings; -q: errors only."""
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
