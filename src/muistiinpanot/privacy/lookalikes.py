"""Look-alikes of personal data, by kind (docs/privacy.md, "Round 17"); names.py and
patterns.py unmark or drop them after every rule that marks them:

- an animal's (or a thing's) one-word name right after "nimeltä"/"nimeltään" whose noun
  before it is a kind of animal or a thing's head ("kissa nimeltä X", "koira, nimeltään
  X"), or after "N:n nimi on" ("koiran nimi on X"), the kind as a compound's last part
  ("koti+kissa"; not "koulu+kuraattori"); "poika nimeltä X", "joulupukki nimeltä X" stay
  a person's;
- a firm or an estate named by its owner's surname: a lone surname's genitive (no given
  name, no whole name) right before a capitalised trade or premises in any case ("Laineen
  Maansiirtourakointi", "Laineen Hammaslääkäriasemalle", "Laineen Sahan"), or a lower-case
  estate in the nominative ("Laineen kartano"); a head with a given name's reading stays a
  person's ("Laineen Kukka": Kukka Laine as the spoken order writes her);
- a body's short name lookalikes.toml lists, of no name's reading ("Kela": a reel to
  Voikko), unless a genitive before a given name ("Kelan Jussi": Jussi Kela);
- a figure of folklore written as a name ("Joulupukki", "Tonttu"; figures.py);
- a day named after a person, "X:n päivänä" (named_days.py);
- a word the clause says is a word of language, "kalle on slangia" (mentioned_words.py);
- an abbreviation of a bound before a quantity, "max 10 %" (bound_words.py);
- a family's farm or mill as a landmark on a route, "Vainikan tilan kohdalla" (landmarks.py);
- a number labelled as an identifier ("mikrosiru 246 098 …", "sarjanumero 040 …"): no phone
  (identifiers.py).

The classes of words are in lexicons/lookalikes.toml (read by lookalike_lexicon.py);
privacy.toml's thing and firm heads are read too.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.bound_words import drop_bound_abbreviations
from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
)
from muistiinpanot.privacy.figures import drop_folk_figures
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.landmarks import drop_landmarks
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.mentioned_words import drop_mentioned_words
from muistiinpanot.privacy.named_days import drop_named_days
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive, noun_of, part_of
from muistiinpanot.privacy.structure import person_noun, tokens_between


def drop_lookalikes(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    cased: bool,
    language_window: int = 2,
) -> list[tuple[int, int]]:
    """Unmark the look-alikes of the module docstring: animals' names, bodies' short names,
    firms and estates named by a surname; returns their ranges (`language_window`:
    [privacy] language_noun_window, mentioned_words.py)."""
    blocked = drop_animal_names(text, words, names, voikko)  # "kissa nimeltä X"
    blocked += drop_listed_bodies(text, words, names, voikko)  # "Kela"
    blocked += drop_folk_figures(words, names, voikko, load_lookalikes().folk_figures)
    blocked += drop_named_firms(text, words, names, voikko, cased=cased)  # "Laineen Saha"
    own = load_lookalikes()
    blocked += drop_named_days(  # "Canthin päivänä"
        text, words, names, voikko, own.day_heads, own.eponym_days
    )
    blocked += drop_mentioned_words(  # "kalle on slangia"
        text, words, names, voikko, own.language_nouns, language_window
    )
    blocked += drop_bound_abbreviations(text, words, names, voikko, own.bound_abbreviations)
    blocked += drop_landmarks(  # "Vainikan tilan kohdalla"
        text,
        words,
        names,
        voikko,
        lone_surname=_lone_surname,
        heads=(*own.firm_heads, *own.estate_heads),
        postpositions=own.landmark_postpositions,
    )
    return blocked


def drop_listed_bodies(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark a word of no name's reading (to Voikko or the gazetteer) that lookalikes.toml
    lists as a body's short name, an abbreviation or a product ("Kela", "THL", "Zoom"), which
    the publisher may read as a capitalised noun in a person's place ("Kela ei vastannut":
    "kela", a reel). A genitive right before a given name stays marked: a surname in the
    spoken order ("Kelan Jussi": Jussi Kela). Returns their ranges."""
    kept = load_lookalikes().body_names
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or word.classes & (NAME_CLASSES | {GAZETTEER}):
            continue
        if _before_given_name(text, words, i, voikko):
            continue
        bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
        if {word.text.casefold(), *bases} & kept:
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


def _before_given_name(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is a genitive right before a capitalised given name ("Kelan Jussi")."""
    if i + 1 >= len(words) or FIRST not in words[i + 1].classes:
        return False
    after = words[i + 1]
    return (
        after.text[:1].isupper()
        and adjacent(text, words[i], after)
        and genitive(words[i].text, voikko)
    )


def drop_animal_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark the one-word name an animal or a thing is given ("kissa nimeltä X", "koiran
    nimi on X"); a whole name there stays a person's. Returns the names' character ranges."""
    lexicon = load_lookalikes()
    things = load_name_lexicon()
    kinds = (*lexicon.animal_kinds, *things.thing_name_heads, *things.vessel_heads)
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or i < 2:
            continue
        if i + 1 < len(words) and names[i + 1] and adjacent(text, word, words[i + 1]):
            continue  # a whole name is a person's ("koiran nimi on Mauri Virtanen": its owner)
        j = i
        if names[j - 1] and adjacent(text, words[j - 1], word):
            continue
        before = words[j - 1].text.casefold()
        if before in lexicon.naming_words:  # "kissa nimeltä X", "koira, nimeltään X"
            noun = words[j - 2]
            if tokens_between(text, noun, words[j - 1]) not in ([], [","]):
                continue
        elif j >= 3 and _copula(before, voikko) and _name_noun(words[j - 2].text, voikko):
            noun = words[j - 3]  # "koiran nimi on X"
            if not adjacent(text, noun, words[j - 2]) or not genitive(noun.text, voikko):
                continue
        else:
            continue
        if noun.classes & NAME_CLASSES or not noun_of(noun.text, voikko, kinds):
            continue  # "poika nimeltä X", "Liisan nimi on X"
        if _figure(noun.text, voikko, lexicon.figure_nouns) or person_noun(noun.text, voikko):
            continue  # "Joulupukki nimeltä X", "Koulukuraattorin nimi on X"
        names[i] = False
        ranges.append((word.start, word.end))
    return ranges


def _figure(word: str, voikko: Analyses, figures: frozenset[str]) -> bool:
    """Whether a reading of the word is a compound of an animal word that names a person."""
    return any(a.get("BASEFORM", "").casefold() in figures for a in voikko.analyze(word.casefold()))


def _copula(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("BASEFORM") == "olla" and a.get("CLASS") == "teonsana" for a in voikko.analyze(word)
    )


def _name_noun(word: str, voikko: Analyses) -> bool:
    nouns = load_lookalikes().name_nouns
    return any(
        a.get("BASEFORM", "") in nouns and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(word.casefold())
    )


def drop_named_firms(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark a lone surname's genitive before a firm's capitalised trade or premises (in
    any case) or a lower-case estate in the nominative (module docstring): in another case
    the estate is the family's home ("Mäkisen kartanon isäntä", "Virtasen kartanossa asuu")
    and the surname stays a person's. Returns the firms' ranges."""
    if not cased:  # capitals tell nothing in text all in capitals
        return []
    lexicon = load_name_lexicon()
    own = load_lookalikes()
    trades = (*lexicon.firm_trades, *lexicon.business_heads, *own.firm_heads)
    ranges = []
    for i in range(len(words) - 1):
        owner, head = words[i], words[i + 1]
        if not names[i] or not adjacent(text, owner, head):
            continue
        if i > 0 and names[i - 1] and adjacent(text, words[i - 1], owner):
            continue  # a whole name: the person's ("Liisa Laineen Saha")
        if not _lone_surname(owner, voikko):
            continue
        capital = head.text[:1].isupper() and head.text[1:].islower()
        readings = voikko.analyze(head.text.casefold())
        firm = capital and _trade(readings, trades, voikko, head.text)
        estate = head.text.islower() and any(  # the estate itself, not its people or rooms
            a.get("CLASS") == "nimisana"
            and a.get("SIJAMUOTO") == "nimento"
            and part_of(a, own.estate_heads)
            for a in readings
        )
        if not (firm or estate):
            continue
        names[i] = names[i + 1] = False
        ranges.append((owner.start, head.end))
    return ranges


def _lone_surname(word: Word, voikko: Analyses) -> bool:
    """A capitalised surname's genitive with no given name's reading ("Laineen"; not
    "Ilonan", which may be Ilona's own table)."""
    if not word.text[:1].isupper() or FIRST in word.classes or LAST not in word.classes:
        return False
    return any(
        a.get("CLASS") == LAST and a.get("SIJAMUOTO") == "omanto" for a in voikko.analyze(word.text)
    )


def _trade(
    readings: Sequence[dict[str, str]], trades: Sequence[str], voikko: Analyses, text: str
) -> bool:
    """Every reading a common noun (no given name: "Kukka"), one a trade or premises."""
    capitalised = voikko.analyze(text)
    if any(a.get("CLASS") in NAME_CLASSES for a in capitalised):
        return False
    return (
        bool(readings)
        and all(a.get("CLASS") == "nimisana" for a in readings)
        and any(part_of(a, trades) for a in readings)
    )
