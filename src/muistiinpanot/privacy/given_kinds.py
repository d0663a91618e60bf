"""More frames in which given_words.py reads a register name that is also a word as a person
(docs/privacy.md, "Round 22"; lexicon `lexicons/given_words.toml`):

- `copula`: the subject of "olla" with "the only one" and a relative clause of a person's
  will or words ("Usva oli ainoa joka uskalsi kysyä"; not "Usko oli ainoa mikä auttoi"), or
  with a person noun in the nominative, a role ("Into on meidän yhteyshenkilö"; not "Into on
  meidän vahvuus", "Usko on tärkein tekijä");
- `negated`: the subject of a negated verb of a person's managing, daring or getting
  somewhere ("Valo ei päässyt kokoukseen", "Armas ei jaksanut"; not "Valo ei riitä", nor for
  a word of nature a verb of moving with an adverb of passage: "Valo ei päässyt läpi");
- `sender`: the subject of a verb of putting with a message word after it ("Usva laittoi
  viestiä"; not "Tuuli laittoi lunta kasaan"; "Round 24");
- `recipient`: the allative of a verb of giving, telling or asking right beside it, before
  or after ("Usvalle annettiin avaimet", "soitin Intolle", "Kaislalle pitää kertoa"), or of
  a verb of putting with a message word in the clause ("laitoin Usvalle viestiä"); not a
  giving of weight or room ("Valolle annettiin liikaa painoa"), nor with no verb ("Tuulelle
  altis"); the verb may be a conjunct's before it, gapped ("Ihmisille annettiin liput ja
  Usvalle avaimet").
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon as _lexicon
from muistiinpanot.privacy.only_ones import only_after, person_role
from muistiinpanot.privacy.predicate import (
    NEGATION,
    comma_clause,
    find_predicate,
    next_word,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of, passive_participle_verb, time_noun
from muistiinpanot.privacy.structure import case_of

#: Voikko's classes of what may stand between "olla" and a role noun: a pronoun, an
#: adjective or a numeral ("meidän uusi yhteyshenkilö"), or a noun in the genitive ("kerhon").
_DETERMINERS = frozenset({"asemosana", "laatusana", "nimisana_laatusana", "lukusana"})
#: How far (words) a verb of giving may stand before its allative ("annoin avaimet Usvalle").
_BEFORE = 2
#: How far a verb of telling or giving may stand after it ("Kaislalle pitää kertoa").
_AFTER = 2


def copula(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, *, only_role: bool = False
) -> bool:
    """Whether word i is the subject of "olla" with "the only one" and a relative clause of a
    person's will or words, or with a role noun in the nominative (module docstring);
    `only_role`: "the only one" with a person noun before the relative pronoun too
    (only_ones.only_one)."""
    found = find_predicate(text, words, i, voikko)
    if found is None or "olla" not in {base for base, _ in verb_readings(found[1].text, voikko)}:
        return False
    j = found[0]
    after = next_word(text, words, j)
    if after is None:
        return False
    if after.text.casefold() in _lexicon().only_words:
        return only_after(text, words, j, voikko, role=only_role)
    k = j + 1
    for _ in range(2):  # "meidän uusi yhteyshenkilö", "kerhon yhteyshenkilö"
        if k + 1 >= len(words) or not _determiner(words[k].text, voikko):
            break
        if _superlative(words[k].text, voikko):
            return False  # "Onni on paras opettaja": a saying of a thing, no one's role
        k += 1
    role = words[k]
    if k > j + 1 and next_word(text, words, k - 1) is not role:
        return False
    return person_role(role.text, voikko)


def _determiner(word: str, voikko: Analyses) -> bool:
    readings = voikko.analyze(word.casefold())
    return any(
        a.get("CLASS") in _DETERMINERS
        or (a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "omanto")
        for a in readings
    )


def _superlative(word: str, voikko: Analyses) -> bool:
    """An adjective in the superlative ("paras", "pahin"): a role so ranked is a saying."""
    return any(
        a.get("CLASS") == "laatusana" and a.get("COMPARISON") == "superlative"
        for a in voikko.analyze(word.casefold())
    )


def negated(text: str, words: Sequence[Word], i: int, voikko: Analyses, *, nature: bool) -> bool:
    """Whether word i is the subject of a negated verb of the lexicon's `negated_verbs`; for a
    word of nature not a verb of moving with an adverb of passage after it."""
    negation = next_word(text, words, i)
    if negation is None or not any(
        a.get("CLASS") == NEGATION for a in voikko.analyze(negation.text.casefold())
    ):
        return False
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    lexicon = _lexicon()
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    if not bases & lexicon.negated_verbs or _lasting(text, words, j, voikko):
        return False
    if not nature or not bases & lexicon.motion_verbs:
        return True
    start, end = comma_clause(text, words, j)
    return not any(w.text.casefold() in lexicon.passage_adverbs for w in words[start:end])


def sender(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the nominative at i is the subject of a verb of putting (`sending_verbs`) with
    a message word (privacy.toml recipient_words, by the word or its base) within two words
    after it in its clause ("Usva laittoi viestiä", "Into pisti heti kutsun"; not "Tuuli
    laittoi lunta kasaan")."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    if not {base for base, _ in verb_readings(verb.text, voikko)} & _lexicon().sending_verbs:
        return False
    messages = load_name_lexicon().recipient_words
    _, end = comma_clause(text, words, j)
    return any(
        words[k].text.casefold() in messages
        or any(a.get("BASEFORM", "").casefold() in messages for a in voikko.analyze(words[k].text))
        for k in range(j + 1, min(end, j + _AFTER + 1))
    )


def _lasting(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether an endurance verb with no object in its clause follows the verb at j ("ei
    jaksanut kantaa iltaan asti"; lexicon `endurance_verbs`): no noun in the nominative, the
    partitive or the genitive after it."""
    after = next_word(text, words, j)
    if after is None or not _verb_bases(after.text, voikko) & _lexicon().endurance_verbs:
        return False
    _, end = comma_clause(text, words, j)
    objects = {"nimento", "osanto", "omanto"}
    return not any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in objects
        for w in words[j + 2 : end]
        for a in voikko.analyze(w.text.casefold())
    )


def recipient(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the allative at i is a person's: of a verb of giving, telling or asking beside
    it, or of a verb of putting with a message word in its clause (module docstring)."""
    start, end = comma_clause(text, words, i)
    if _beside_giving(text, words, i, voikko, (start, end)):
        return True
    gapped = _gapped_from(words, i, voikko, (start, end))
    return gapped is not None and _beside_giving(text, words, gapped, voikko, (start, end))


def _gapped_from(
    words: Sequence[Word], i: int, voikko: Analyses, clause: tuple[int, int]
) -> int | None:
    """The allative of the conjunct before a gapped one: word i right after "ja", with no
    verb after it in its clause ("Ihmisille annettiin liput ja Usvalle avaimet": the verb of
    the first conjunct is the second's too), the nearest allative before the "ja"."""
    start, end = clause
    if i < 2 or words[i - 1].text.casefold() != "ja":
        return None
    if any(_verb_bases(w.text, voikko) for w in words[i + 1 : end]):
        return None  # a verb of its own: no gap
    for k in range(i - 2, start - 1, -1):
        if any(a.get("SIJAMUOTO") == "ulkotulento" for a in voikko.analyze(words[k].text)):
            return k
    return None


def _beside_giving(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, bounds: tuple[int, int]
) -> bool:
    """Whether a verb of giving, telling or asking stands beside the allative at i within
    its clause `bounds`, or a verb of putting with a message word in the clause."""
    names = load_name_lexicon()
    lexicon = _lexicon()
    talking = names.telling_verbs | names.asking_verbs
    start, end = bounds
    clause = words[start:end]
    near = [words[k] for k in range(max(start, i - _BEFORE), min(end, i + _AFTER + 1)) if k != i]
    # a participle ("ei ilmoitettu") tells no time ("Aamulle ei ilmoitettu muutoksia")
    participle = not time_noun(voikko.analyze(words[i].text))
    for word in near:
        bases = _verb_bases(word.text, voikko, passive=participle)
        if bases & talking:
            return True
        if bases & lexicon.giving_verbs:
            return not figurative(clause, voikko)
        if bases & lexicon.sending_verbs:
            return any(w.text.casefold() in names.recipient_words for w in clause)
    return False


def _verb_bases(word: str, voikko: Analyses, *, passive: bool = False) -> set[str]:
    """The base forms of the verb readings of `word`, the passive's too ("annettiin");
    `passive`: a past passive participle's verb too ("ei kerrottu", "on annettu")."""
    analyses = voikko.analyze(word.casefold())
    bases = {a.get("BASEFORM", "").casefold() for a in analyses if a.get("CLASS") == "teonsana"}
    if passive:
        bases |= {passive_participle_verb(a) for a in analyses} - {""}
    return bases


def figurative(clause: Sequence[Word], voikko: Analyses) -> bool:
    """Whether the clause gives weight or room (given_words.toml `figurative_gifts`)."""
    gifts = _lexicon().figurative_gifts
    return any(
        w.text.casefold() in gifts
        or any(a.get("BASEFORM", "").casefold() in gifts for a in voikko.analyze(w.text.casefold()))
        for w in clause
    )


def quits(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int, *, nature: bool
) -> bool:
    """Whether word i is the subject of a verb of leaving (`quitting_verbs`: "jättää") with an
    adverb of the unfinished (`unfinished_adverbs`: "kesken") up to `window` words after it
    in its clause: a person drops out of studies or leaves work undone ("Usva jätti lukion
    kesken"). Not "kesken" before a genitive, the preposition of a time
    ("Lumi jätti pihan kesken talven valkoiseksi", "jätti meidät kesken kaiken"). A word of
    nature only with studies left (`study_nouns`, by the last part, right before the adverb:
    "Valo jätti ammattikoulun kesken"): a force leaves a match or work unfinished too ("Sade
    jätti ottelun kesken", "Sade jätti työt kesken"), not a school (round 42)."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    lexicon = _lexicon()
    if not {base for base, _ in verb_readings(verb.text, voikko)} & lexicon.quitting_verbs:
        return False
    for k in range(j + 1, min(j + 1 + window, len(words))):
        if not adjacent(text, words[k - 1], words[k]):
            return False
        if words[k].text.casefold() in lexicon.unfinished_adverbs:
            if nature and not _studies(words[k - 1].text, voikko, lexicon.study_nouns):
                return False  # "Sade jätti ottelun kesken"
            after = next_word(text, words, k)
            return after is None or "omanto" not in case_of(after.text, voikko)
    return False


def _studies(word: str, voikko: Analyses, heads: frozenset[str]) -> bool:
    """A noun of studies, by its base form or its compound's last part ("ammattikoulun",
    "opinnot"; not "koulupäivän")."""
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, heads) for a in voikko.analyze(word.casefold())
    )
