"""A number is never cut from its clause (review 68: "Julisteet eivät tavoita ketään alle."
without its "20"): without it the clause loses its point.

A note that ends in a number gets its full stop from tidy, and the tokenizer reads "20." as an
ordinal standing as a sentence of its own; when it comes right after the clause's last word it
is that clause's number and joins it ("… ketään alle 20."). A number whose head the clause
keeps but that the cut leaves out makes the clause no piece at all (whole or not used); a
number with words of its own heads a clause cut as a whole ("…, keski-ikä on varmaan 60")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.protocols import ParsedToken


def _number(token: ParsedToken) -> bool:
    return any(ch.isdigit() for ch in token.text)


def _trailing(token: ParsedToken, index: int) -> bool:
    """Whether the last token is a number with a full stop that stands as a root of its own."""
    return _number(token) and token.text.endswith(".") and token.head == index


def numbers_kept(tokens: Sequence[ParsedToken], words: list[int]) -> list[int] | None:
    """`words` with a trailing number read as a sentence of its own joined on, or None when
    the words leave out a number of their clause (module doc)."""
    if not words:
        return words
    kept = set(words)
    after = words[-1] + 1
    if after == len(tokens) - 1 and _trailing(tokens[after], after):
        return [*words, after]  # "… alle 20." read as an ordinal of its own
    heads = {t.head for i, t in enumerate(tokens) if t.head != i and t.pos != "PUNCT"}
    for index, token in enumerate(tokens):
        if index in kept or index in heads or not _number(token):
            continue  # a number with words of its own heads a clause ("…, keski-ikä on 60")
        if token.head in kept and token.head != index:
            return None
    return words
