"""A register name in the adessive as a person who has or is visited (docs/privacy.md,
"privacy82"; `[privacy] habitive_owners`). Finnish says "X has Y" with X in the adessive
beside "olla" (the habitive: "Onnilla on avaimet", "avaimet on Lumilla"), and "I visited X"
with X in the adessive after "käydä" ("kävin Heikkilällä"). A capitalised word in those
slots whose nominative the population register lists as a given name or a surname is a
person, where its capital tells a name:

- the habitive's owner opening its clause (the text's first word, after a clause mark or
  after a conjunction: "Jos Merellä on aikaa") right before a form of "olla";
- the habitive's owner closing its clause right after a form of "olla" ("avain on Lumilla,
  se asuu vieressä");
- the one visited, right after a form of "käydä" ("kävin Kivellä kysymässä").

The capital tells a name when the word stands inside its sentence (not its first word), or,
first, when Finnish text seldom writes the adessive form at all (wordfreq Zipf below
`habitive_zipf`: "Onnilla" 1.5, "Lehdolla" 1.7, but "Mäellä" 3.0: "on the hill" stays a
hill). A word Voikko reads as a place whose adessive is that frequent is the place's own
locative ("Imatralla", "Lahdella" 3.2) and is left. A word that no reading gives an adessive
of, or whose nominative no register holds ("Volkovilla"), is left to the other rules.
Known look-alike: a town with a name as owner ("Kaarinalla on uusi uimahalli"; the town's
adessive is seldom written, so it is read as a person's). Only marks more text (issue 12).

privacy90 (`habitive_other_lemma`): a first word's adessive form may be frequent only because
the name is ("Sannalla" 2.2, of Sanna, though Voikko reads "santa", sand, too). Where the
given name's base is no common reading's base (gradation made them meet: Sanna, santa) and
Finnish text writes the given name's nominative more often than every common base ("sanna"
4.4, "santa" 4.2), the form is the name's; a name that is the word itself ("Tuuli", "Mäki",
"Sara") stays with the frequency gate, and so does a place. After review 95 (privacy93):
every reading of the form must be a given name's adessive singular ("Akulla": akku,
"Tarjoilla": a verb, "Akuilla": a plural are not), so "Sannalla" is lost too (its
frequencies do not tell it from "Akulla"), and the setting is off by default.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.context import Word, adjacent, opens_clause
from muistiinpanot.privacy.gazetteer import register_names
from muistiinpanot.privacy.protocols import Analyses

#: Voikko's case of the adessive.
_ADESSIVE = "ulkoolento"
_PLACE = "paikannimi"
_GIVEN = "etunimi"
#: Voikko's classes of proper names (the rest are common readings).
_PROPER = frozenset({_GIVEN, "sukunimi", _PLACE, "nimi"})
_CONJUNCTION = "sidesana"
#: The verbs of the frames: having (with the adessive owner) and visiting.
_HAVE, _VISIT = "olla", "käydä"


def mark_habitive_owners(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    cased: bool,
    zipf_limit: float,
    other_lemma: bool = False,
) -> None:
    """Mark every adessive owner or visited person of the module docstring."""
    if not cased:
        return
    for i, word in enumerate(words):
        if names[i] or not word.text[:1].isupper() or word.text.isupper():
            continue
        if not _frame(text, words, i, voikko):
            continue
        first = _sentence_first(text, word)
        if _register_adessive(word.text, voikko, zipf_limit, first=first, other_lemma=other_lemma):
            names[i] = True


def _frame(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    before = words[i - 1] if i > 0 and adjacent(text, words[i - 1], words[i]) else None
    after = words[i + 1] if i + 1 < len(words) and adjacent(text, words[i], words[i + 1]) else None
    if before is not None and _verb(before.text, voikko, _VISIT):
        return True  # "kävin Kivellä kysymässä"
    if before is not None and after is None and _verb(before.text, voikko, _HAVE):
        return True  # "avaimet on Kaarinalla"
    opening = before is None or _conjunction(before.text, voikko)
    return opening and after is not None and _verb(after.text, voikko, _HAVE)


def _register_adessive(
    word: str, voikko: Analyses, zipf_limit: float, *, first: bool, other_lemma: bool
) -> bool:
    """`word` is the adessive of a register name whose capital tells a name."""
    analyses = voikko.analyze(word)
    readings = [a for a in analyses if a.get("SIJAMUOTO") == _ADESSIVE]
    bases = {a.get("BASEFORM", "").casefold() for a in readings}
    if not bases & register_names():
        return False
    frequency = zipf(word.casefold())
    if frequency >= zipf_limit and any(a.get("CLASS") == _PLACE for a in readings):
        return False  # a place's own locative ("Imatralla", "Lahdella")
    if not first or frequency < zipf_limit:
        return True
    return other_lemma and _given_name_form(analyses)


def _given_name_form(analyses: Sequence[dict[str, str]]) -> bool:
    """Every reading of the form is a given name's adessive singular: no verb reads it
    ("Tarjoilla", "Ilmeillä"), no common word ("Akulla": akku; "Veralla": verka; "Sannalla":
    santa, which no frequency tells from akku: review 95), no place, no plural ("Akuilla")."""
    return bool(analyses) and all(
        a.get("CLASS") == _GIVEN
        and a.get("SIJAMUOTO") == _ADESSIVE
        and a.get("NUMBER") == "singular"
        for a in analyses
    )


def _sentence_first(text: str, word: Word) -> bool:
    """The word's capital may be its sentence's (the text's first word, after a clause's
    end, a bracket, a quote, a dash or a bullet)."""
    return opens_clause(text, word)


def _verb(word: str, voikko: Analyses, base: str) -> bool:
    return any(a.get("BASEFORM") == base for a in voikko.analyze(word.casefold()))


def _conjunction(word: str, voikko: Analyses) -> bool:
    return any(a.get("CLASS") == _CONJUNCTION for a in voikko.analyze(word.casefold()))
