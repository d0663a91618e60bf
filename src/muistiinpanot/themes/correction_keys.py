"""The ids of the themes an analyst names anew with a name that holds personal data (review 51
#2, mend147): a row `k1/ryhma1.txt:2;Elina Kalevalan juhla;` makes a theme whose label is
withheld whole (privacy.scrub_themes, mend146); its id is a neutral `teema-N`, numbered in
the file's order past the ids taken, never the name ("elina-kalevalan-juhla" reached
themes.csv, summary.json, notes.csv and report.html's `data-theme`, under `--redact` too) nor
the name's cut ("juhla", "juhla-jonka-järjesti" read as the label with the name taken out).
The id the name made stays an alias: a row naming the theme by it ("elina-kalevalan-juhla")
finds the theme, as does a row naming its id ("teema-1"). Two such names stay two themes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from muistiinpanot.records import CHATTER_THEME, Correction, Theme
from muistiinpanot.themes.correction_rows import NUMBERED, theme_key

#: The id of a new theme whose name holds personal data, before its number ("teema-1").
NEUTRAL = "teema"

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
    carried ones). `teema-1`, `teema-2`… in file order, past the ids taken."""
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
    number = 0
    for key, names in sources.items():
        if all(published(name) == name for name in names):
            continue
        # no word of the name: its label is withheld whole (mend146), and a cut of it
        # would read as the label with the name taken out ("juhla-jonka-järjesti")
        number += 1
        while f"{NEUTRAL}-{number}" in taken:
            number += 1
        result[key] = f"{NEUTRAL}-{number}"
        taken.add(result[key])
    return result
