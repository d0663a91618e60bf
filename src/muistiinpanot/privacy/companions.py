"""Two frames of a name that is also a word (docs/privacy.md, "Round 43"):

- `mark_adjective_companions`: the genitive of a register given name whose common reading
  is an adjective ("Armas", "Hellä", "Kaino"), right before a postposition of company
  (privacy.toml `person_postpositions`: "Armaan kanssa käydään kerhossa"). An adjective
  does not head the postposition alone: "armaan kodin kanssa" has its noun, so the bare
  genitive is the name. A noun's genitive is left to given_frames.owner, which asks for a
  verb of doing or talking, for one copes with luck and works with joy ("Onnen kanssa
  selvittiin", "Ilon kanssa tehdään töitä", "Sateen kanssa tuli tuulta").
- `mark_calling_askers`: a word opening its clause that is a register given name ("Sade") or
  a gazetteer name (Faker's common names: "Kivi", "Tammi"; one that is a Finnish common noun
  only if the register lists it too, not "Kunta", "Media": review 27, finding 2), as the
  subject of a verb of calling or asking (privacy.toml `asking_verbs`) coordinated by "ja"
  with a verb only people do (given_words.toml `person_only_verbs`), both in the third
  person: "Kivi soitti ja kysyi …". A bell rings and a stone falls, but neither asks or
  tells ("Kello soitti ja kaikki lähtivät", "Kivi putosi ja rikkoi ikkunan"); a body calls
  and asks too ("Kela soitti ja kysyi": lookalikes.toml `body_names`), and so does a town (a
  word Voikko knows as a place). A register surname alone is not enough: many are roles or
  media ("Kokki", "Opas", "Lehti soitti ja kysyi"; review 20 #1), and a person noun is no
  name either (structure.person_noun). A role among the gazetteer's surnames is read as a
  name ("Kuningas soitti ja kysyi", "Seppä …"): the cautious side.

Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon, opens_clause
from muistiinpanot.privacy.gazetteer import gazetteer_classes, load_gazetteer, register_surnames
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_case
from muistiinpanot.privacy.grounding import capitalised_word, mark_unless_written
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import ADVERB, verb_form
from muistiinpanot.privacy.structure import person_noun

#: Voikko's classes of an adjective (a noun-adjective too: "armas", "sulo").
_ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})
#: The gazetteer's classes of a name.
_NAMES = frozenset({"etunimi", "sukunimi"})
#: Voikko's case of the one called ("meille"; an adverb beside it: "eilen").
_ALLATIVE = "ulkotulento"
#: Voikko's class of a common noun ("kunta", "kivi").
_COMMON = "nimisana"
#: The active persons of a finite verb a name is the subject of ("soitti", "kysyi").
_THIRD = "3"


def mark_adjective_companions(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark a register given name's adjective genitive before a postposition of company."""
    postpositions = load_name_lexicon().person_postpositions
    found = [
        i
        for i, word in enumerate(words[:-1])
        if not names[i]
        and capitalised_word(word)
        and words[i + 1].text.casefold() in postpositions
        and adjacent(text, word, words[i + 1])
        and _adjective_only(word.text, voikko)
        and register_case(word.text, voikko, "omanto")
    ]
    mark_unless_written(found, words, names, voikko)


def _adjective_only(word: str, voikko: Analyses) -> bool:
    readings = voikko.analyze(word)
    return bool(readings) and all(a.get("CLASS") in _ADJECTIVES for a in readings)


def mark_calling_askers(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark a register name calling and asking (module docstring)."""
    calling = load_name_lexicon().asking_verbs
    asking = load_given_lexicon().person_only_verbs | calling
    found = []
    for i, word in enumerate(words[:-3]):
        if names[i] or not capitalised_word(word) or not opens_clause(text, word):
            continue
        k = _past_adjuncts(text, words, i + 2, voikko)  # "soitti eilen ja", "soitti meille ja"
        if not (
            _finite(words[i + 1].text, voikko, calling)
            and k + 1 < len(words)
            and words[k].text == "ja"
            and _finite(words[k + 1].text, voikko, asking)
        ):
            continue
        if word.text.casefold() in load_lookalikes().body_names or not _asker_name(
            word.text, voikko
        ):
            continue
        if any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(word.text)):
            continue
        if person_noun(word.text, voikko):
            continue  # "Kokki soitti ja kysyi": a role, a person named by no name
        found.append(i)
    mark_unless_written(found, words, names, voikko)


def _past_adjuncts(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> int:
    """The index after the lower-case adverbs and allatives from k on, each right after the
    one before: the calling verb's own time and the one called ("soitti eilen ja kysyi",
    "soitti meille ja kysyi"; review 27, finding 10)."""
    while (
        k < len(words)
        and adjacent(text, words[k - 1], words[k])
        and words[k].text.islower()
        and any(
            a.get("CLASS") == ADVERB or a.get("SIJAMUOTO") == _ALLATIVE
            for a in voikko.analyze(words[k].text)
        )
    ):
        k += 1
    return k


def _asker_name(word: str, voikko: Analyses) -> bool:
    """A register given name, or a gazetteer name; a word Voikko reads as a common noun only
    with Finnish evidence, the register's given names or its surnames ("Kivi", "Tammi"):
    Faker's other locales list "Kunta", "Media", "Vero" and "Tori" (review 27, finding 2).
    A register surname alone may be a role ("Kokki", "Opas", "Lehti")."""
    folded = word.casefold()
    if folded in load_gazetteer().register:
        return True
    if not gazetteer_classes([word]) & _NAMES:
        return False
    common = any(a.get("CLASS") == _COMMON for a in voikko.analyze(word.casefold()))
    return not common or folded in register_surnames()


def _finite(word: str, voikko: Analyses, verbs: frozenset[str]) -> bool:
    """A third-person active form of a verb of `verbs` ("soitti", "kysyy")."""
    return verb_form(word, voikko, verbs) and any(
        a.get("PERSON") == _THIRD and a.get("CLASS") == "teonsana"
        for a in voikko.analyze(word.casefold())
    )
