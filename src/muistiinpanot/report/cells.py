"""The one formula guard for every cell of every CSV and xlsx output (CSV injection).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return
as a formula (the OWASP "CSV injection" list). Note text, file names, group names, ids and
lemmas all come from the user's files, so every cell we write, whatever its column, goes
through `guard_cell`: such a cell gets a leading apostrophe, which Excel and LibreOffice hide
and never evaluate.

The guard is reversible: a cell that already starts with an apostrophe gets one more, so
`unguard_cell(guard_cell(v)) == str(v)` for every value, and a program reading notes.csv back
drops exactly one leading apostrophe (`unguard_cell`). A spreadsheet shows the cell as it
was typed, because it hides the first apostrophe.
"""

from __future__ import annotations

from muistiinpanot.fileio import FORMULA_STARTS
from muistiinpanot.records import Theme, unnamed_theme_name


def guard_cell(value: object) -> str:
    """The text of one output cell, safe to open in a spreadsheet: `None` is empty, anything
    else its `str`, with a leading apostrophe when it starts with = + - @ tab, CR or '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_cell(text: str) -> str:
    """The value `guard_cell` was given (as text): one leading apostrophe removed, if any."""
    return text[1:] if text.startswith("'") else text


def theme_name(theme: Theme) -> str:
    """The name a review surface (report.html's cards, legends and move select; notes.xlsx's
    sheets) gives `theme`: its label, or for an emergent theme no noun names (its label the
    fallback "Muita nostoja: info, jatko", a post's remainder heading) "Nimeämätön teema
    (info, jatko)": a theme still to be named, not a heading (review 40 #25)."""
    if theme.kind != "emergent" or theme.named:
        return theme.label
    return unnamed_theme_name(theme.label)
