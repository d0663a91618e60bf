"""A day named after a person (docs/privacy.md, "Round 18"): a name's genitive right before
the essive of a day's noun ("Minna Canthin päivänä", "Runebergin päivänä") dates an event
by a flag day or a name day, an eponym, not the person. Voikko reads "päivä" as a given
name too (Päivä), so the day's word and a word spread to after it ("… päivänä rannalla":
Ranta) were read as one name with the person's. The day's nouns are lookalikes.toml's
`day_heads`, matched on Voikko's base form as the whole word: a compound is a person's own
day ("Minna Virtasen syntymäpäivänä", "nimipäivänä"), and another case of the noun may be
the person's day ("Liisa Mäen päivä venyi"), so only the essive, the case of dating, is read.
A whole name is a day's name only for a person the almanac gives a day (eponyms.py):
"Pekka Virtasen päivänä" is his own day and stays personal.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.eponyms import chain_start, private_day
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import compound_of, genitive

#: The case of dating an event by a day ("päivänä").
_DATING = "olento"


def drop_named_days(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    heads: Sequence[str],
    eponyms: Sequence[str],
) -> list[tuple[int, int]]:
    """Unmark a chain of names in the genitive right before a lower-case day's noun of
    `heads` in the essive, the day's noun itself, and lower-case words read as names only
    for standing beside them (not "strong" names). A whole name none of `eponyms` is
    stays a person's ("Pekka Virtasen päivänä": eponyms.private_day). Returns the days'
    ranges."""
    ranges = []
    for i in range(1, len(words)):
        day, owner = words[i], words[i - 1]
        if not day.text.islower() or not names[i - 1] or not adjacent(text, owner, day):
            continue
        if not owner.text[:1].isupper() or not genitive(owner.text, voikko):
            continue
        if not any(
            a.get("CLASS") == "nimisana"
            and a.get("BASEFORM", "").casefold() in heads
            and a.get("SIJAMUOTO") == _DATING
            for a in voikko.analyze(day.text)
        ):
            continue
        start = chain_start(text, words, names, i - 1)
        if private_day(words[start:i], voikko, eponyms):
            continue  # "Pekka Virtasen päivänä": his own day
        end = i
        while (
            end + 1 < len(words)
            and names[end + 1]
            and words[end + 1].text.islower()
            and words[end + 1].kind != "strong"
            and adjacent(text, words[end], words[end + 1])
        ):
            end += 1
        for k in range(start, end + 1):
            names[k] = False
        ranges.append((words[start].start, words[end].end))
    return ranges


def own_day(word: str, voikko: Analyses, days: Sequence[str]) -> bool:
    """Whether a reading of `word` is a compound of a day's noun ("syntymäpäivä",
    "työpäivä"): after a whole name, the person's own day, no organisation's head
    (things.drop_organisations); after a lone surname it may be a flag day ("Runebergin
    syntymäpäivänä") and is left as it was."""
    return any(compound_of(a, days) for a in voikko.analyze(word.casefold()))
