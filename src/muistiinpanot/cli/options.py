"""The options and arguments that several commands take, declared once, so that their
`--help` text and behaviour are the same in every command: `fast: options.Fast = False`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Verbose = Annotated[
    bool,
    typer.Option("--verbose", "-v", help="Kerro jokainen vaihe / log every step (INFO)"),
]
Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Vain virheet / errors only, no summary lines"),
]
InputPath = Annotated[
    Path,
    typer.Argument(
        help="Klinikkakansio, muistiinpanotiedosto tai korpus / "
        "clinic folder, notes file or corpus of clinics"
    ),
]
OutFolder = Annotated[Path, typer.Option("--out", "-o", help="Tulostekansio / output folder")]
PipelineConfig = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Putkiston asetukset / pipeline settings "
        "(oletus / default: the bundled pipelines/clinic.toml)",
    ),
]
ThemesFile = Annotated[
    Path | None,
    typer.Option("--themes", help="Teemamäärittelyt / theme definitions (themes.toml)"),
]
Fast = Annotated[
    bool, typer.Option("--fast/--no-fast", help="Nopea tila ilman neuroverkkoa / fast mode")
]
Redact = Annotated[
    bool,
    typer.Option(
        "--redact/--no-redact",
        help="Poista henkilötiedot myös notes.csv:stä (ja arkistosta) / "
        "redact notes.csv too (and the archive's store)",
    ),
]
