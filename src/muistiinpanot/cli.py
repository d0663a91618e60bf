"""Command line: a thin door in front of the pipeline. Only this module prints and exits."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from muistiinpanot.errors import EXIT_LOCKED, LockedError, MuistiinpanotError

if TYPE_CHECKING:
    from muistiinpanot.app.pipeline import RunResult

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


def _config_or_default(config: Path | None) -> Path:
    """The pipeline file given, else the bundled pipelines/clinic.toml."""
    from muistiinpanot.resources import default_pipeline

    return config if config is not None else default_pipeline()


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


def _fail(err: MuistiinpanotError) -> typer.Exit:
    typer.echo(f"virhe / error: {err.user_message()}", err=True)
    return typer.Exit(code=EXIT_LOCKED if isinstance(err, LockedError) else 1)


def _setup_logging(verbose: bool, quiet: bool = False) -> None:
    """-v: every step (INFO); default: warnings; -q: errors only."""
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


Verbose = Annotated[
    bool,
    typer.Option("--verbose", "-v", help="Kerro jokainen vaihe / log every step (INFO)"),
]
Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Vain virheet / errors only, no summary lines"),
]


@app.command()
def run(
    path: Annotated[
        Path,
        typer.Argument(
            help="Klinikkakansio, muistiinpanotiedosto tai korpus / "
            "clinic folder, notes file or corpus of clinics"
        ),
    ] = Path("corpus"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Tulostekansio / output folder")] = Path(
        "out"
    ),
    config: Annotated[
        Path | None,
        typer.Option(
            help="Putkiston asetukset / pipeline settings "
            "(oletus / default: the bundled pipelines/clinic.toml)"
        ),
    ] = None,
    themes: Annotated[
        Path | None, typer.Option(help="Teemamäärittelyt / theme definitions (themes.toml)")
    ] = None,
    fast: Annotated[bool, typer.Option(help="Nopea tila ilman neuroverkkoa / fast mode")] = False,
    redact: Annotated[
        bool, typer.Option(help="Poista henkilötiedot myös notes.csv:stä / redact notes.csv too")
    ] = False,
    corrections: Annotated[
        Path | None,
        typer.Option(
            help="Analyytikon korjaukset / analyst's corrections.csv (id,theme[,label]); "
            "default: corrections.csv in the clinic folder"
        ),
    ] = None,
    verbose: Verbose = False,
    quiet: Quiet = False,
) -> None:
    """Aja koko putki / run the whole pipeline: notes → notes.csv, themes.csv, summary.
    Exit codes: 0 ok, 1 error (bad input, settings or output folder), 2 usage, 75 another
    run holds the output folder's lock."""
    from muistiinpanot.app.preflight import check_run
    from muistiinpanot.config import load_run_settings

    _setup_logging(verbose, quiet)
    config = _config_or_default(config)
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
        raise _fail(err) from None
    for folder, counts in zip(result.folders, result.counts, strict=True):
        if quiet:
            break
        typer.echo(
            f"{folder}: {counts['total']} muistiinpanoa / notes "
            f"({counts['kept']} käsitelty / kept, {counts['empty']} tyhjää / empty, "
            f"{counts['duplicate']} toistoa / duplicate, "
            f"{counts.get('chatter', 0)} kokouspuhetta / chatter)"
        )
    _echo_corrections(result, quiet=quiet)


def _echo_corrections(result: RunResult, *, quiet: bool) -> None:
    """How many corrections applied, per clinic (unless `quiet`); unknown ids and clashes
    as warnings."""
    from muistiinpanot.messages import render

    for folder, outcome in zip(result.folders, result.corrections, strict=False):
        if outcome is None:
            continue
        if not quiet:
            typer.echo(
                f"{folder}: "
                + render(
                    "corrections_applied",
                    applied=len(outcome.corrected),
                    moved=len(outcome.followed) + len(outcome.pulled),
                )
            )
        if outcome.unknown_ids:
            ids = ", ".join(outcome.unknown_ids)
            typer.echo(f"varoitus / warning: {render('corrections_unknown', ids=ids)}", err=True)
        if outcome.clashes:
            clashes = "; ".join(outcome.clashes)
            typer.echo(
                f"varoitus / warning: {render('corrections_clash', clashes=clashes)}", err=True
            )
    if result.unmatched_corrections:
        ids = ", ".join(result.unmatched_corrections)
        typer.echo(f"varoitus / warning: {render('corrections_unknown', ids=ids)}", err=True)


@app.command()
def lemmatize(
    text: Annotated[
        str | None, typer.Argument(help="Teksti; ilman: stdin / text; else stdin")
    ] = None,
    pretokenized: Annotated[
        bool,
        typer.Option(
            help="Rivi = lause, sanat välilyönnein; tulos yksi lemma per sana / "
            "one sentence per line, tokens space-separated; one lemma per token"
        ),
    ] = False,
    fast: Annotated[bool, typer.Option(help="Nopea tila ilman neuroverkkoa / fast mode")] = False,
) -> None:
    """Tulosta lemmat / print the lemmas of the text."""
    _setup_logging(verbose=False)
    from muistiinpanot.lemmatize import load_analyzer
    from muistiinpanot.lemmatize.pretokenized import lemmatize_pretokenized_lines

    analyzer = load_analyzer("fast" if fast else "accurate")
    source = [text] if text is not None else sys.stdin
    if pretokenized:
        for line in lemmatize_pretokenized_lines((s.rstrip("\n") for s in source), analyzer):
            sys.stdout.write(line + "\n")
        return
    lines = [s.rstrip("\n") for s in source]
    for tokens in analyzer.analyze(lines):
        words = []
        for token in tokens:
            if token.is_punct:
                continue
            parts = f" ({'+'.join(token.compound_parts)})" if token.compound_parts else ""
            words.append(token.lemma + parts)
        sys.stdout.write(" ".join(words) + "\n")


@app.command()
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
    config: Annotated[Path | None, typer.Option(help="Putkiston asetukset / settings")] = None,
    themes: Annotated[Path | None, typer.Option(help="themes.toml")] = None,
    fast: Annotated[bool, typer.Option(help="Nopea tila / fast mode")] = False,
) -> None:
    """Arvioi teemat kultastandardia vasten / score themes against gold labels."""
    _setup_logging(verbose=False)
    from muistiinpanot.app.preflight import check_run
    from muistiinpanot.config import load_run_settings

    config = _config_or_default(config)
    try:
        settings = load_run_settings(
            config, input_path=gold, out=Path("."), fast=fast, definitions=themes
        )
        check_run(settings)  # the gold path and themes file, before any model loads
    except MuistiinpanotError as err:
        raise _fail(err) from None
    from muistiinpanot.app.evaluate import evaluate_gold, render_predictions_csv
    from muistiinpanot.app.pipeline import load_models
    from muistiinpanot.fileio import write_text_atomic

    try:
        report = evaluate_gold(gold, load_models(settings), settings, seeded=not no_seeded)
        if predictions is not None:
            write_text_atomic(predictions, render_predictions_csv(report))
    except MuistiinpanotError as err:
        raise _fail(err) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        typer.echo(report.format_table())


@app.command()
def themes(
    file: Annotated[
        Path | None,
        typer.Argument(help="Teemamäärittelyt / themes.toml (default: the pipeline's)"),
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Putkiston asetukset / settings")] = None,
) -> None:
    """Listaa ja tarkista teemat / list and check the theme definitions in use."""
    from muistiinpanot.app.themes import list_themes
    from muistiinpanot.config import load_run_settings

    config = _config_or_default(config)
    try:
        settings = load_run_settings(config, input_path=Path("."), out=Path("."), definitions=file)
        listing = list_themes(settings.theme_definitions, settings.theme_examples)
    except MuistiinpanotError as err:
        raise _fail(err) from None
    typer.echo(f"{listing.path}: {len(listing.definitions)} teemaa / themes")
    if listing.examples:
        typer.echo(f"esimerkit / examples: {listing.examples}")
    typer.echo(f"{'id':<22} {'esimerkit':>9}  nimi / label")
    for definition in listing.definitions:
        count = listing.example_counts[definition.id]
        typer.echo(f"{definition.id:<22} {count:>9}  {definition.label}")
        typer.echo(f"{'':<33}siemensanat / seeds: {', '.join(definition.seed_lemmas) or '-'}")
    for problem in listing.problems:
        typer.echo(f"varoitus / warning: {problem}", err=True)


cache_app = typer.Typer(
    no_args_is_help=True, help="Välimuisti / the user cache of built example models."
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Näytä välimuistin paikka ja koko / show where the cache is and its size."""
    from muistiinpanot.cache import usage

    found = usage()
    typer.echo(f"{found.folder}: {found.entries} kohdetta / entries, {found.bytes / 1e6:.1f} MB")


@cache_app.command("clear")
def cache_clear() -> None:
    """Tyhjennä välimuisti / remove every cached entry (rebuilt on the next run)."""
    from muistiinpanot.cache import clear

    removed = clear()
    typer.echo(
        f"{removed.folder}: poistettu / removed {removed.entries} kohdetta / entries, "
        f"{removed.bytes / 1e6:.1f} MB"
    )


@app.command()
def check(
    path: Annotated[
        Path,
        typer.Argument(
            help="Klinikkakansio, muistiinpanotiedosto tai korpus / "
            "clinic folder, notes file or corpus of clinics"
        ),
    ],
    config: Annotated[
        Path | None,
        typer.Option(help="Putkiston asetukset ([ingest]) / pipeline settings ([ingest])"),
    ] = None,
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
        settings = load_ingest_settings(_config_or_default(config))
    except MuistiinpanotError as err:
        raise _fail(err) from None
    if all_sheets:
        settings = dataclasses.replace(settings, all_sheets=True)
    report = check_input(path, settings)
    typer.echo(format_report(report))
    if not report.ok:
        raise typer.Exit(code=1)


@app.command()
def archive(
    corpus: Annotated[
        Path, typer.Argument(help="Klinikoiden kansio / corpus folder of clinics")
    ] = Path("corpus"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Tulostekansio / output folder")] = Path(
        "out"
    ),
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
    themes: Annotated[Path | None, typer.Option(help="themes.toml")] = None,
    fast: Annotated[bool, typer.Option(help="Nopea tila / fast mode")] = False,
    redact: Annotated[
        bool, typer.Option(help="Poista henkilötiedot / redact notes.csv and the store")
    ] = False,
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
            "or fitted once across the archive: clinic | archive ([fit] mode)"
        ),
    ] = None,
    verbose: Verbose = False,
    quiet: Quiet = False,
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

    _setup_logging(verbose, quiet)
    if config is None:
        config = bundled_path("pipelines/archive.toml")
    try:
        settings, pipeline_file = load_archive_settings(config)
        overrides: dict[str, Any] = {
            "db": db, "workers": workers, "scheduler": scheduler
        }  # fmt: skip
        overrides = {key: value for key, value in overrides.items() if value is not None}
        settings = dataclasses.replace(settings, **overrides)
        if fit is not None:
            settings = dataclasses.replace(settings, fit=FitSettings(mode=fit))
        check_archive_settings(settings)
        run_settings = load_run_settings(
            pipeline_file or _config_or_default(None),
            input_path=corpus,
            out=out,
            fast=fast,
            redact=redact or None,
            definitions=themes,
        )
        with _archive_progress(quiet) as progress:
            result = run_archive(run_settings, settings, force=force, progress=progress)
    except MuistiinpanotError as err:
        raise _fail(err) from None
    for clinic_id, message in result.failed:
        typer.echo(f"virhe / error: {clinic_id}: {message}", err=True)
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
