"""Second-pass rules of the Voikko-only reading (lemmatize/reading.py): in a stretch between
punctuation and conjunctions, which words to read again as a finite verb (a stretch with no
verb) and which finite verbs as a participle in the nominative (two predicates side by side).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any

from muistiinpanot.lemmatize.rules import UD_MOODS
from muistiinpanot.lemmatize.voikko import VoikkoCache
from muistiinpanot.lemmatize.words import Word

__all__ = [
    "compound_conjunctions",
    "fractions",
    "quantifier_pronouns",
    "participle_subjects",
    "postposition_nouns",
    "verbless_verbs",
]

_MOODS = {voikko: ud for ud, voikko in UD_MOODS.items()}


@functools.cache
def _lexicon() -> dict[str, dict[str, Any]]:
    text = resources.files("muistiinpanot.lexicons").joinpath("reading.toml").read_text("utf-8")
    return tomllib.loads(text)


def postposition_nouns() -> dict[str, frozenset[str]]:
    """`[postpositions.nouns]` of lexicons/reading.toml: per noun, the local cases (UD names)
    in which its form after a genitive is a postposition ("asiakkaan puolella", "nuorten
    kohdalla"; not "sopimuksen kohdassa")."""
    table: dict[str, list[str]] = _lexicon()["postpositions"]["nouns"]
    return {noun: frozenset(cases) for noun, cases in table.items()}


def quantifier_pronouns() -> frozenset[str]:
    """`[determiners] quantifiers` of lexicons/reading.toml ("sama", "moni", "muu")."""
    return frozenset(_lexicon()["determiners"]["quantifiers"])


def fractions(read: Sequence[Word]) -> list[int]:
    """Fraction words (`[numerals] fractions` of lexicons/reading.toml) that count the
    nominal after them: in the nominative before a partitive ("puoli vuotta") or in the case
    of the nominal ("puolen vuoden"); numerals there, as UD Finnish reads them. So is a
    fraction in the nominative before an elative, a part of a whole ("puolet jäsenistä"), a
    quantity whose verb may stay singular ("puolet jäsenistä ei ehdi"), unless an adjective,
    a genitive, or a numeral or a non-personal pronoun agreeing with it in case before it
    makes it the noun ("hyvä puoli kokeilusta", "toinen puoli väestöstä", "tämä puoli
    kylästä": a side; a fraction counts, nothing counts or points at it)."""
    listed = frozenset(_lexicon()["numerals"]["fractions"])
    found = []
    for index, (word, after) in enumerate(zip(read, read[1:], strict=False)):
        if word.base not in listed or after.pos not in ("NOUN", "PROPN", "PRON"):
            continue
        case, counted = word.feats.get("Case"), after.feats.get("Case")
        if after.pos == "PRON" and (case, counted) != ("Nom", "Ela"):
            continue
        before = read[index - 1] if index else None
        modified = before is not None and (
            before.pos == "ADJ" or before.feats.get("Case") == "Gen" or _determines(before, case)
        )
        if (case, counted) == ("Nom", "Par") or (case == counted and case not in (None, "Nom")):
            found.append(index)
        elif (case, counted) == ("Nom", "Ela") and not modified:
            found.append(index)  # "puolet jäsenistä", "puolet niistä"
    return found


def _determines(word: Word, case: str | None) -> bool:
    """Whether `word` is a numeral (an ordinal: "toinen", "kolmas") or a non-personal
    pronoun ("tämä", "se", "jokainen") in `case`, the case of the noun after it: its
    determiner."""
    kind = word.feats.get("PronType")
    return (
        case is not None
        and word.feats.get("Case") == case
        and (word.pos == "NUM" or (word.pos in ("PRON", "DET") and kind != "Prs"))
    )


def compound_conjunctions() -> dict[str, frozenset[str]]:
    """`[compound_conjunctions]` of lexicons/reading.toml: per subordinating conjunction, the
    adverbs that open its clause with it ("vasta kun", "ennen kuin")."""
    table = _lexicon()["compound_conjunctions"]
    return {conjunction: frozenset(adverbs) for conjunction, adverbs in table.items()}


def _stretches(read: Sequence[Word]) -> list[range]:
    """The stretches of words between punctuation and conjunctions, in order."""
    stretches: list[range] = []
    start = 0
    for end in range(len(read) + 1):
        if end < len(read) and read[end].pos not in ("PUNCT", "CCONJ", "SCONJ"):
            continue
        stretches.append(range(start, end))
        start = end + 1
    return stretches


def verbless_verbs(read: Sequence[Word], voikko: VoikkoCache) -> list[int]:
    """Words to read as finite verbs: in each stretch between punctuation and conjunctions
    that has no finite verb, the first word with a finite verb reading that follows a
    nominative, a relative pronoun or an adverb ("vastaukset tulevat hitaasti", "joka osaa
    asiansa"; never the first word: "tulevat muutokset" stays a noun phrase)."""
    found: list[int] = []
    for stretch in _stretches(read):
        if any(read[i].finite for i in stretch):
            continue
        for i in stretch:
            before = read[i - 1] if i > stretch.start else None
            if before is None or not (
                before.feats.get("Case") == "Nom" or before.pos == "ADV" or before.base == "joka"
            ):
                continue
            if any(a.get("MOOD") in _MOODS for a in voikko.analyze(read[i].text.lower())):
                found.append(i)
                break
    return found


def participle_subjects(read: Sequence[Word], voikko: VoikkoCache) -> list[int]:
    """Finite verbs to read as participles in the nominative: in a stretch between
    punctuation and conjunctions, a finite verb with no nominative or pronoun before it and
    another finite verb after it that is not its connegative is the other verb's subject
    ("kun töissä käyvät eivät pääse"); two predicates do not stand side by side."""
    found: list[int] = []
    for stretch in _stretches(read):
        finite = [i for i in stretch if read[i].finite and not read[i].feats.get("Connegative")]
        if len(finite) < 2 or read[finite[0]].feats.get("Polarity") == "Neg":
            continue
        first = finite[0]
        if any(read[i].pos == "PRON" or read[i].feats.get("Case") == "Nom"
               for i in stretch if i < first):  # fmt: skip
            continue
        analyses = voikko.analyze(read[first].text.lower())
        if any(a.get("SIJAMUOTO") == "nimento" and a.get("CLASS") == "laatusana" for a in analyses):
            found.append(first)
    return found
