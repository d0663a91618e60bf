"""A family's farm, mill or shop as a landmark on a route (docs/privacy.md, "Round 56";
precision): "Vainikan tilan kohdalla tie on sortunut", "Järvisen sahan kohdalla reitti
ylittää tien", "Reitti kulkee Mattilan kartanon ohi". A lone surname's genitive before a
trade's or an estate's noun in the genitive, governed by a postposition of a point on a way
(lexicons/lookalikes.toml `landmark_postpositions`: "kohdalla", "ohi", "kautta"), names a
place, as a road sign or a map does; the word is unmarked.

Not a home (privacy.toml `family_places`: "Hiltusen talon kohdalla" names where people
live), not after a given name (a whole name is a person's: "Aila Koskisen talon kohdalla"),
and only where no person is in the text: the family rule (family_persons.py) runs after
every drop and marks the surname again when a cue of a person stands anywhere ("Kokkosen
tilan kohdalla asuu yksin vanha isäntä", "Hän asuu Turusen sahan kohdalla").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of


def drop_landmarks(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    lone_surname: Callable[[Word, Analyses], bool],
    heads: Sequence[str],
    postpositions: frozenset[str],
) -> list[tuple[int, int]]:
    """Unmark a lone surname's genitive before a place noun of `heads` in the genitive and a
    postposition of `postpositions` (module docstring); `lone_surname` tells a surname with
    no given name's reading. Returns their ranges."""
    lexicon = load_name_lexicon()
    places = (*heads, *lexicon.trade_heads, *lexicon.business_heads, *lexicon.firm_trades)
    ranges = []
    for i in range(len(words) - 2):
        owner, head, after = words[i], words[i + 1], words[i + 2]
        if not names[i] or not lone_surname(owner, voikko):
            continue
        if i > 0 and names[i - 1] and adjacent(text, words[i - 1], owner):
            continue  # a whole name: the person's
        if not (adjacent(text, owner, head) and adjacent(text, head, after)):
            continue
        if not head.text.islower() or after.text.casefold() not in postpositions:
            continue
        genitives = [
            a
            for a in voikko.analyze(head.text)
            if a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "omanto"
        ]
        if any(part_of(a, lexicon.family_places) for a in genitives):
            continue  # a home ("talon kohdalla")
        if any(part_of(a, places) for a in genitives):
            names[i] = False
            ranges.append((owner.start, owner.end))
    return ranges
