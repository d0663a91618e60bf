"""`muistiinpanot run`: the whole pipeline on a clinic, a notes file or a corpus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from muistiinpanot.cli import options
from muistiinpanot.cli.common import config_or_default, fail, setup_logging, warn
from muistiinpanot.errors import MuistiinpanotError
from muistiinpanot.messages import counted

if TYPE_CHECKING:
    from muistiinpanot.app.pipeline import RunResult


def run(
    path: options.InputPath = Path("corpus"),
    out: options.OutFolder = Path("out"),
    config: options.PipelineConfig = None,
    themes: options.ThemesFile = None,
    fast: options.Fast = False,
    redact: options.Redact = False,
    corrections: Annotated[
        Path | None,
        typer.Option(
            help="Analyytikon korjaukset / analyst's corrections.csv (id,theme[,label]); "
            "default: corrections.csv in the clinic folder"
        ),
    ] = None,
    verbose: options.Verbose = False,
    quiet: options.Quiet = False,
) -> None:
    """Aja koko putki / run the whole pipeline: notes → notes.csv, themes.csv, summary.
    Exit codes: 0 ok, 1 error (bad input, settings or output folder), 2 usage, 75 another
    run holds the output folder's lock."""
    from muistiinpanot.app.preflight import check_run
    from muistiinpanot.config import load_run_settings

    setup_logging(verbose, quiet)
    config = config_or_default(config)
    try:
        settings = load_run_settings(
            config,
            input_path=path,
            out=out,
            fast=fast,
            redact=redact or None,
            definitions=themes,
            corrections=corrections,
        )
        check_run(settings)
        from muistiinpanot.app import pipeline  # heavy: numpy, scikit-learn, spaCy

        result = pipeline.run(settings)
    except MuistiinpanotError as err:
        raise fail(err) from None
    for folder, counts in zip(result.folders, result.counts, strict=True):
        if quiet:
            break
        typer.echo(
            f"{folder}: {counted(counts['total'], 'muistiinpano', 'muistiinpanoa')} / notes "
            f"({counts['kept']} käsitelty / kept, "
            f"{counted(counts['empty'], 'tyhjä', 'tyhjää')} / empty, "
            f"{counted(counts['duplicate'], 'toisto', 'toistoa')} / duplicate, "
            f"{counted(counts.get('chatter', 0), 'kokouspuhe', 'kokouspuhetta')} / chatter)"
        )
    _echo_corrections(result, quiet=quiet)
    _echo_withheld(result)


def _echo_withheld(result: RunResult) -> None:
    """A warning for each theme whose label the post left out as read for a person's name
    (review 37 #9: only `-v` said so) or took a name out of (review 45 #4), by theme id,
    never by the label's text (label_views.label_warnings, as the archive prints them)."""
    for folder, warnings in zip(result.folders, result.label_warnings, strict=False):
        for warning in warnings:
            warn(f"{folder}: {warning}")


def _echo_corrections(result: RunResult, *, quiet: bool) -> None:
    """How many corrections applied, per clinic (unless `quiet`); what went wrong or needs a
    look as warnings (app/correction_views.correction_warnings, as the archive prints them)."""
    from muistiinpanot.app.correction_views import correction_warnings
    from muistiinpanot.messages import render

    clinics = result.clinics or ("",) * len(result.folders)
    for folder, outcome, clinic in zip(result.folders, result.corrections, clinics, strict=False):
        if outcome is None:
            continue
        if not quiet:
            typer.echo(
                f"{folder}: "
                + render(
                    "corrections_applied",
                    applied=len(outcome.corrected) + len(outcome.set_aside),
                    aside=len(outcome.set_aside),
                    moved=len(outcome.followed) + len(outcome.pulled),
                    renamed=len(set(outcome.renamed) - set(outcome.created)),
                    created=len(outcome.created),
                )
            )
        for message in correction_warnings(outcome, clinic):
            warn(message)
    if result.unmatched_corrections:
        ids = ", ".join(result.unmatched_corrections)
        warn(render("corrections_unknown", ids=ids))
