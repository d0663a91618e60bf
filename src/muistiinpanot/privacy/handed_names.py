"""The one a thing or a word is handed to or from (docs/privacy.md, "Round 75";
`[privacy] handed_names`): a capitalised given name in the allative or the ablative as the
receiver or the giver of a verb of handing over, promising, lending, telling, asking or
buying (lexicons/handed.toml `handed_to_verbs`, `handed_from_verbs`), read by Voikko's lemma
and voice:

- opening its clause (after a conjunction too), before a passive of such a verb, finite in
  any mood, negated or perfect, or its past passive participle alone as notes write it
  ("Toivolle luvattiin korvaus", "Sirkalta lainattiin mankeli", "Taistolle maksettu 60 e"),
  or before a verb of necessity and such a verb's A-infinitive later in the clause
  ("Tuulille pitäis palauttaa se mela");
- inside its sentence, up to `register_window` words after such a verb in its clause
  ("Lainasimme Usvalta peräkärryn", "Pyysin Kaislalta neuvoa").

The word is a given name's singular form in the case: Voikko's own `etunimi` reading, a
common word's whose base the population register gives as a given name
(given_words.register_name_form: "Kaislalle"; not when the word reads as a common word's
plural too; Voikko's own given-name reading comes first, so "Taimille luvattiin lisää valoa",
Taimi's singular to Voikko, is flagged: a strict xfail in test_round75), or, for a word
Voikko does not know, a register given name with the case's ending ("Iltalle",
"Sointulle"). Not a place (a town is promised and asked too: "Oululta"), a listed tool or
body ("Kelalle"), a person noun, a time ("Illalle luvattiin sadetta"), nor a clause that
gives room or weight (given_words.toml `figurative_gifts`). And (`[privacy]
thanked_lower_names`, mark_thanked_lower) a lower-case given name ending its clause after a
word of thanks: "hyvä setti, kiitti paula". Only marks more text (issue 12).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.privacy.context import (
    Word,
    adjacent,
    clause_after,
    opens_or_follows_conjunction,
    verb_chain,
)
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_kinds import figurative
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.own_genitives import word_first
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import (
    a_infinitive,
    finite_passive,
    has_class,
    lower_adverb,
    passive_participle_verb,
    spoken_readings,
    time_noun,
)
from muistiinpanot.privacy.register_recipients import verb_before
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's cases of the receiver and of the giver, with their endings.
_CASES = {"ulkotulento": ("lle",), "ulkoeronto": ("lta", "ltä")}
#: Voikko's classes of a word that qualifies or stands for a thing, no vocative's name.
_QUALIFIERS = frozenset({"laatusana", "nimisana_laatusana", "seikkasana", "asemosana"})
#: The verbs of a perfect or a negated passive's chain ("on luvattu", "ei ole lainattu").
_AUXILIARIES = frozenset({"olla", "ei"})
#: Voikko's class of a focus adverb ("myös", "vielä") and case of a thanks' reason.
_ADVERB = "seikkasana"
_ELATIVE = "sisaeronto"
#: Voikko's class of the negation verb, and its readings of a connegative ("saa", "pidä").
_NEGATION = "kieltosana"
_CONNEGATIVE = frozenset({"both", "true"})


@functools.cache
def handed_lexicon() -> dict[str, frozenset[str]]:
    """lexicons/handed.toml, every list a frozenset."""
    source = resources.files("muistiinpanot.lexicons").joinpath("handed.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    return {key: frozenset(words) for key, words in data.items()}


def handed_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of the allative's receiver and of the ablative's giver."""
    lexicon = handed_lexicon()
    return lexicon["handed_to_verbs"], lexicon["handed_from_verbs"]


def mark_thanked_lower(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    margin: float = 1.0,
    common: int = 1000,
) -> None:
    """Mark a lower-case given name of the population register in the nominative right after
    a word of thanks (handed.toml `thanks_words`), a focus adverb between them or not
    ("kiitos myös toivo"), and ending its clause or followed by its reason in the elative
    ("kiitti tuuli vetämisestä"), the one addressed ("paula hoitaa muistiinpanot, kiitti
    paula"): not a word with an adjective's, an adverb's or a pronoun's reading ("kiitos
    kaunis"), nor a person noun, nor a common noun few bear as a name against the word's use
    (own_genitives.word_first: "kiitos valo", "kiitos aamu"; `margin`, `common`: `[privacy]
    given_genitive_word_margin`, `given_genitive_common_bearers`; review 69)."""
    register = load_gazetteer().register
    for i in range(1, len(words)):
        word = words[i]
        if names[i] or not word.text.islower() or word.text not in register:
            continue
        if not _thanked_before(text, words, i, voikko) or not _ends_or_reason(
            text, words, i, voikko
        ):
            continue
        readings = voikko.analyze(word.text)
        if any(a.get("CLASS") in _QUALIFIERS for a in readings) or person_noun(word.text, voikko):
            continue
        if word_first(word.text, word.text, readings, margin, common):
            continue  # "kiitos valo": the word is read far more often than the name
        names[i] = not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings)


def _thanked_before(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A word of thanks right before word i, or before a focus adverb right before it."""
    thanks = handed_lexicon()["thanks_words"]
    j = i - 1
    if (
        j >= 1
        and words[j].text.islower()
        and words[j].text.casefold() not in thanks
        and has_class(words[j].text, voikko, _ADVERB)
        and adjacent(text, words[j], words[i])
    ):
        j -= 1  # "kiitos myös toivo"
    return words[j].text.casefold() in thanks and adjacent(text, words[j], words[j + 1])


def _ends_or_reason(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Word i ends its clause, or the next word reads in the elative, the thanks' reason."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return True
    after = words[i + 1].text
    return after.islower() and any(
        a.get("SIJAMUOTO") == _ELATIVE for a in voikko.analyze(after.casefold())
    )


def mark_handed_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, reach: int
) -> None:
    """Mark the given names handed to or from (the module docstring; `reach`:
    PrivacySettings.register_window, the words between the verb and the name after it)."""
    to_verbs, from_verbs = handed_verbs()
    for i, word in enumerate(words):
        if names[i] or not (word.text[:1].isupper() and word.text[1:].islower()):
            continue
        if "paikannimi" in word.classes or listed_tool(word.text, voikko):
            continue
        if time_noun(voikko.analyze(word.text.casefold())) or person_noun(word.text, voikko):
            continue
        for case, verbs in (("ulkotulento", to_verbs), ("ulkoeronto", from_verbs)):
            if not given_case(word.text, voikko, case):
                continue
            clause = clause_after(text, words, i)
            if opens_or_follows_conjunction(text, words, i, voikko):
                handed = passive_heads(clause, voikko, verbs) or owed_heads(clause, voikko, verbs)
            else:
                handed = capital_inside_sentence(text, word) and verb_before(
                    text, words, i, voikko, verbs, reach
                )
            if handed and not figurative(clause, voikko):
                names[i] = True


def given_case(word: str, voikko: Analyses, case: str, *, plural_too: bool = False) -> bool:
    """A given name's singular form in `case` (the module docstring; treated_names.py's
    partitive too). `plural_too`: a register name's form is kept where the common word reads
    in the plural too ("Tuulia"), not only where it reads in the singular alone."""
    if own_given_case(word, voikko, case):
        return True
    readings = voikko.analyze(word.casefold())
    if readings:  # a common word's plural is a thing's (not "Taimille": Voikko's Taimi, above)
        plural = any(a.get("NUMBER") == "plural" and a.get("SIJAMUOTO") == case for a in readings)
        return register_name_form(word, voikko, case) and (plural_too or not plural)
    folded = word.casefold()
    register = load_gazetteer().register
    return any(
        folded.endswith(ending) and folded[: -len(ending)] in register
        for ending in _CASES.get(case, ())
    )


def own_given_case(word: str, voikko: Analyses, case: str) -> bool:
    """Voikko's own given name's reading, singular in `case`, of `word` capitalised ("tuulia"
    read as "Tuulia")."""
    capitalised = word[:1].upper() + word[1:].casefold()
    return any(
        a.get("CLASS") == "etunimi"
        and a.get("SIJAMUOTO") == case
        and a.get("NUMBER", "singular") == "singular"
        for a in voikko.analyze(capitalised)
    )


def passive_heads(clause: Sequence[Word], voikko: Analyses, verbs: frozenset[str]) -> bool:
    """A passive of a verb of `verbs` heading the clause: finite ("luvattiin"), or a past
    passive participle, alone or after "olla"/"ei" ("maksettu", "on luvattu")."""
    for word in verb_chain(clause, voikko):
        readings = voikko.analyze(word.text.casefold())
        if finite_passive(word.text, voikko, verbs):
            return True
        if any(passive_participle_verb(a) in verbs for a in readings):
            return True
        if not {a.get("BASEFORM", "").casefold() for a in readings} & _AUXILIARIES:
            return False
    return False


def owed_heads(clause: Sequence[Word], voikko: Analyses, verbs: frozenset[str]) -> bool:
    """A verb of necessity heading the clause ("pitää", the clipped "pitäis"), or a negated
    one (the negation verb, then the connegative of a verb of handed.toml
    `negated_necessive_verbs`: "ei saa", "ei pidä", "ei tarvitse"; review 71 #1), then right
    after it, adverbs between or not (by Voikko's class: "pitää vielä"), the A-infinitive of
    a verb of `verbs`: not one later in the clause, whose object the name is not ("Toivoa
    pitää ylläpitää ja kannustaa nuoria"; review 71 #2)."""
    chain = verb_chain(clause, voikko)
    k = _after_necessive(chain, voikko)
    if k is None:
        return False
    k = _past_adverbs(chain, k, voikko)
    return k < len(chain) and a_infinitive(chain[k].text, voikko, verbs)


def _after_necessive(chain: Sequence[Word], voikko: Analyses) -> int | None:
    """The index in `chain` after its verb of necessity, plain or negated (owed_heads), or
    None when the chain opens with neither."""
    if not chain:
        return None
    readings = spoken_readings(chain[0].text, voikko)
    if any(
        a.get("PERSON") == "3" and a.get("BASEFORM", "").casefold() in _necessive()
        for a in readings
    ):
        return 1
    if not any(a.get("CLASS") == _NEGATION and a.get("PERSON") == "3" for a in readings):
        return None
    k = _past_adverbs(chain, 1, voikko)  # "ei enää tarvitse"
    modals = handed_lexicon()["negated_necessive_verbs"]
    if k < len(chain) and any(
        a.get("NEGATIVE") in _CONNEGATIVE and a.get("BASEFORM", "").casefold() in modals
        for a in spoken_readings(chain[k].text, voikko)
    ):
        return k + 1
    return None


def _necessive() -> frozenset[str]:
    return load_given_lexicon().necessive_verbs


def _past_adverbs(chain: Sequence[Word], k: int, voikko: Analyses) -> int:
    """The first index from k on of a word that is no lower-case adverb."""
    while k < len(chain) and lower_adverb(chain[k].text, voikko):
        k += 1
    return k
