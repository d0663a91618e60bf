"""The ids of the themes an analyst names anew with a name that holds personal data (review 51
#2): a row `k1/ryhma1.txt:2;Elina Kalevalan juhla;` makes a theme that is published as
"Juhla" (privacy's label scrub cuts the name); its id is made of the published name,
"juhla", never of the name ("elina-kalevalan-juhla" reached themes.csv, summary.json,
notes.csv and report.html's `data-theme`, under `--redact` too). The id the name made stays
an alias: a row naming the theme by it ("elina-kalevalan-juhla") finds the theme, as does a
row naming the published id ("juhla"). Two names cut to one word stay two themes ("juhla",
"juhla-2"), as does a name cut to the id of another theme.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from muistiinpanot.records import CHATTER_THEME, Correction, Theme
from muistiinpanot.themes.correction_rows import NUMBERED, theme_key

#: The published form of a theme's name: the name without its personal data, as the labels
#: are published ("Elina Kalevalan juhla" → "Juhla"; "" when nothing is left).
Published = Callable[[str], str]


def published_keys(
    rows: Sequence[Correction],
    themes: Mapping[str, Theme],
    also: Collection[str],
    published: Published,
) -> dict[str, str]:
    """The id the name made (`theme_key`) → the id the theme gets, for each new theme that
    `rows` name with a name whose published form differs from it (see the module
    docstring); `themes` this run's, `also` other ids the rows may name (seeded themes,
    carried ones). In file order; an id taken gets '-2', '-3'…"""
    labels = {theme.label.casefold() for theme in themes.values()}
    sources: dict[str, list[str]] = {}
    for row in rows:
        name, key = row.theme, theme_key(row.theme)
        if (
            name in themes
            or key in themes
            or key in also
            or name.casefold() in labels
            or name.casefold() == CHATTER_THEME
            or NUMBERED.match(name)
        ):
            continue
        # a name as typed (its capitals help), an id read as its words
        sources.setdefault(key, []).append(name if key != name else name.replace("-", " "))
    # ids other themes have: this run's, the others named, and those the rows make by a
    # name or a label (a row naming an id alone may name the published id: "juhla")
    made = {theme_key(row.theme) for row in rows if row.label or theme_key(row.theme) != row.theme}
    taken = {*themes, *also, *made}
    result: dict[str, str] = {}
    for key, names in sources.items():
        shown = [published(name) for name in names]
        if all(p == n for p, n in zip(shown, names, strict=True)):
            continue
        # the name as typed, if a row wrote one, else the id's words
        typed = [p for p, n in zip(shown, names, strict=True) if theme_key(n) != n]
        base = theme_key((typed or shown)[0])
        new, number = base, 1
        while new in taken:
            number += 1
            new = f"{base}-{number}"
        taken.add(new)
        result[key] = new
    return result
