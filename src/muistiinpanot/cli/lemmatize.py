"""`muistiinpanot lemmatize`: the lemmas of a text, or of pretokenized lines."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from muistiinpanot.cli import options
from muistiinpanot.cli.common import setup_logging


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
    fast: options.Fast = False,
) -> None:
    """Tulosta lemmat / print the lemmas of the text."""
    setup_logging(verbose=False)
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
