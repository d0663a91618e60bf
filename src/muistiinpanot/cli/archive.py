"""`muistiinpanot archive`: bring the archive up to date, with progress on a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from muistiinpanot.cli import options
from muistiinpanot.cli.common import config_or_default, fail, setup_logging, warn
from muistiinpanot.errors import MuistiinpanotError


def archive(
    corpus: Annotated[
        Path, typer.Argument(help="Klinikoiden kansio / corpus folder of clinics")
    ] = Path("corpus"),
    out: options.OutFolder = Path("out"),
    db: Annotated[
        Path | None,
        typer.Option(help="SQLite-arkisto / store (default OUT/archive.sqlite)"),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            help="Arkistoajon asetukset / archive settings "
            "(oletus / default: the bundled pipelines/archive.toml)"
        ),
    ] = None,
    themes: options.ThemesFile = None,
    fast: options.Fast = False,
    redact: options.Redact = False,
    force: Annotated[bool, typer.Option(help="Käsittele kaikki / redo every clinic")] = False,
    workers: Annotated[
        int | None, typer.Option(help="Työprosessit / worker processes (local Dask cluster)")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask-skeduleri / dask.distributed scheduler address")
    ] = None,
    fit: Annotated[
        str | None,
        typer.Option(
            help="Uudet teemat klinikoittain vai koko arkistosta / emergent themes per clinic "
            "or fitted once across the archive: clinic | archive (\\[fit] mode)"
        ),
    ] = None,
    verbose: options.Verbose = False,
    quiet: options.Quiet = False,
) -> None:
    """Päivitä arkisto / bring the archive up to date: new and changed clinics → store and
    outputs, trends.csv, report.html. Exit codes: 0 ok, 1 error, 2 usage, 3 some clinics
    failed (the others are done), 75 another archive run holds the store's lock."""
    import dataclasses

    from muistiinpanot.app.archive import run_archive
    from muistiinpanot.archive.settings import (
        FitSettings,
        check_archive_settings,
        load_archive_settings,
    )
    from muistiinpanot.config import load_run_settings
    from muistiinpanot.resources import bundled_path

    setup_logging(verbose, quiet)
    if config is None:
        config = bundled_path("pipelines/archive.toml")
    try:
        settings, pipeline_file = load_archive_settings(config)
        overrides: dict[str, Any] = {
            "db": db, "workers": workers, "scheduler": scheduler
        }  # fmt: skip
        overrides = {key: value for key, value in overrides.items() if value is not None}
        if workers is not None and settings.pool == "local":
            overrides["pool"] = "dask"  # --workers N: a local Dask cluster, as documented
        settings = dataclasses.replace(settings, **overrides)
        if fit is not None:
            settings = dataclasses.replace(settings, fit=FitSettings(mode=fit))
        check_archive_settings(settings)
        run_settings = load_run_settings(
            pipeline_file or config_or_default(None),
            input_path=corpus,
            out=out,
            fast=fast,
            redact=redact or None,
            definitions=themes,
        )
        with _archive_progress(quiet) as progress:
            result = run_archive(run_settings, settings, force=force, progress=progress)
    except MuistiinpanotError as err:
        raise fail(err) from None
    for clinic_id, message in result.failed:
        typer.echo(f"virhe / error: {clinic_id}: {message}", err=True)
    for clinic_id, message in result.warnings:  # each clinic's corrections, as `run` warns
        warn(f"{clinic_id}: {message}")
    if quiet:
        raise typer.Exit(code=result.exit_code)
    typer.echo(
        f"{result.db}: {len(result.processed)} käsitelty / processed, {len(result.skipped)} "
        f"ennallaan / unchanged, {len(result.failed)} epäonnistui / failed, "
        f"{len(result.removed)} poistettu / removed"
    )
    raise typer.Exit(code=result.exit_code)


def _archive_progress(quiet: bool) -> Any:
    """A rich progress bar on a terminal; else one line per clinic on stderr (none with -q)."""
    from muistiinpanot.app.archive import ClinicEvent

    if quiet:
        return contextlib.nullcontext(None)
    if not sys.stderr.isatty():

        def line(event: ClinicEvent) -> None:
            detail = f" ({event.detail})" if event.detail and event.action != "failed" else ""
            typer.echo(
                f"[{event.done}/{event.total}] {event.action} {event.clinic_id}{detail}", err=True
            )

        return contextlib.nullcontext(line)
    return _rich_progress()


@contextlib.contextmanager
def _rich_progress() -> Iterator[Callable[[Any], None]]:
    from rich.progress import Progress

    with Progress(transient=False) as bar:
        task = bar.add_task("arkisto / archive", total=None)

        def update(event: Any) -> None:
            bar.update(task, completed=event.done, total=event.total,
                       description=f"{event.action} {event.clinic_id}")  # fmt: skip

        yield update
