"""Evidence that a word which may be a name ("Satu", "Salo", "Tuulin", "Onnille") is one where
its capital tells nothing: at the start of a sentence, in lower-case or all-capital text.

Each cue gives points, and two points make a name:

- the predicate it is the subject of: a verb only people do ("Aino asuu", "Usko lupas",
  "Sari ei muista") 2, a verb of doing that things can also do ("Satu teki", "Salo ei päässy")
  1; spoken past forms ("lupas", "päässy") are read as "lupasi", "päässyt";
- the word governing it: a recipient word after or before an allative ("Onnille kiitos",
  "kiitos Jannelle") 2; after a genitive, a postposition of company or opinion ("Sannan
  kanssa", "Tuulin mielestä") 2, "mukaan" 1 ("Toivon mukaan" is also "hopefully"; 2 after
  a capitalised given name's genitive that is no verb's form, "Rauhan mukaan"), a noun of a
  person's group or words ("Mäkelän tiimi") 1;
- its inflected form: a name reading beside ordinary-word readings that are only rare forms
  ("Tuulin": the name Tuuli's genitive, or the instructive plural of "tuuli") 1;
- spaCy's NER calls it a person 1 (alone it is not enough: "Onni potkaisi", "Aino keino").

The word lists are data (lexicons/privacy.toml); they name kinds of verbs and nouns in general
Finnish usage, not words of any sample.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.predicate import (
    NEGATION,
    find_predicate,
    holds_opinion,
    in_state,
    next_word,
    past_conjuncts,
    perfect_participle,
    person_state,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import listed_name
from muistiinpanot.privacy.verbs import VerbSense

#: Points that make a word a name.
NAME_POINTS = 2
#: Readings whose case is the name's: a place reading too when the gazetteer knows the word
#: as a name ("Mäkelän": a place to Voikko).
_NAME_LIKE = NAME_CLASSES | {"paikannimi"}
#: Forms so rare in notes that a name reading beside them is the likely one.
_RARE_CASES = frozenset({"keinonto", "seuranto", "vajanto"})


def name_points(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    *,
    ner: bool,
    verbs: VerbSense | None = None,
) -> int:
    """Points for word i being a person's name (see the module docstring); `verbs` reads
    verbs no list names (verbs.py)."""
    analyses = voikko.analyze(words[i].text) or voikko.analyze(words[i].text.capitalize())
    cases = {a.get("SIJAMUOTO", "") for a in analyses if a.get("CLASS", "") in _NAME_LIKE}
    if not cases:  # a name only the gazetteer knows ("Armas": an adjective to Voikko)
        cases = {a.get("SIJAMUOTO", "") for a in analyses}
    if not analyses:  # a name Voikko does not know (gazetteer): its case is unknown too
        cases = {"nimento", "omanto", "ulkotulento"}
    points = int(ner) + _form_points(analyses)
    place = town(words[i])
    capital = words[i].text[:1].isupper()
    subject = 0
    if "nimento" in cases and _may_be_subject(text, words, i, voikko):
        subject = _predicate_points(text, words, i, voikko, place=place, verbs=verbs)
    elif "nimento" in cases and capital and in_state(text, words, i, voikko):
        subject = 2  # "Koivu ja Haapa olivat lomalla": a rare surname too, in a person's state
    if (
        "nimento" in cases
        and capital
        and not place
        and _named(words[i], voikko)
        and holds_opinion(text, words, i, voikko)
    ):
        # a surname that is also a word holding an opinion ("Harju oli sitä mieltä"); a
        # town holds one as a body does ("Lahti oli eri mieltä"), so not for a place, nor
        # for a word only Voikko lists as a surname, a body's name as often ("Posti")
        subject = 2
    points += subject
    if "omanto" in cases:  # a town has company too ("Lahden kanssa"): one point at most
        genitive = _genitive_points(text, words, i, voikko)
        points += min(genitive, 1) if place else genitive
    if "ulkotulento" in cases or ("ulkoeronto" in cases and not place):
        points += _recipient_points(text, words, i)  # "Kaarinalta tuli viesti"
    return points


def person_evidence(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether what follows word i (and the words coordinated with it) takes a person,
    whatever the word: a verb only people do or a past verb of saying, "olla" with a
    person's state, or a postposition of company or opinion after a genitive ("Honka ja
    Kataja olivat lomalla", "Hallan ja Rinteen kanssa")."""
    if _predicate_points(text, words, i, voikko, place=False) >= NAME_POINTS:
        return True
    return _genitive_points(text, words, i, voikko) >= NAME_POINTS


def person_genitive(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is a genitive only a person stands in: the owner of kin, before a
    postposition of company or opinion ("Usvan äiti", "Hallan kanssa")."""
    return _genitive_points(text, words, i, voikko) >= NAME_POINTS


def town(word: Word) -> bool:
    """Whether the word is also a place and no given name ("Salo", "Lahti", "Mäkelä", but not
    "Kaija"): a town speaks, promises and cooperates as a person does, so those cues are
    weaker for it."""
    return "paikannimi" in word.classes and FIRST not in word.classes


def _named(word: Word, voikko: Analyses) -> bool:
    """Whether the word is a given name or a name of the gazetteer ("Harju", "Mäki"), not
    only a word Voikko also lists as a surname ("Posti", "Asukas")."""
    return FIRST in word.classes or GAZETTEER in word.classes or listed_name(word.text, voikko)


def _may_be_subject(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the verb after the word is evidence: the word has a capital (in lower-case text
    "asukas ei tiedä", "toimi ei tiedä" are as likely the nouns), is a given name or a name of
    the gazetteer (a rare surname Voikko lists, "Asukas", is outweighed by its noun), and is
    not itself a verb after "ei" ("johto ei anna lupaa")."""
    word = words[i]
    if not word.text[:1].isupper() or not _named(word, voikko):
        return False
    previous = words[i - 1] if i > 0 and adjacent(text, words[i - 1], word) else None
    if previous is None:
        return True
    negated = any(a.get("CLASS") == NEGATION for a in voikko.analyze(previous.text.casefold()))
    verb = any(a.get("CLASS") == "teonsana" for a in voikko.analyze(word.text.casefold()))
    return not (negated and verb)


def _form_points(analyses: Sequence[dict[str, str]]) -> int:
    names = [a for a in analyses if a.get("CLASS", "") in NAME_CLASSES]
    others = [a for a in analyses if a.get("CLASS", "") not in NAME_CLASSES]
    if not names or not others:
        return 0
    return int(all(a.get("SIJAMUOTO", "") in _RARE_CASES for a in others))


def person_predicate(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether what follows word i (and the words coordinated with it) is a predicate only
    a person takes: a verb only people do, a past verb of saying, a phrase of what people
    do, "olla" with a person's state (see _predicate_points; not a verb of doing)."""
    return _predicate_points(text, words, i, voikko, place=False) >= NAME_POINTS


def acts_as_person(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, verbs: VerbSense | None = None
) -> bool:
    """Whether a verb that people do follows word i (see _predicate_points)."""
    return _predicate_points(text, words, i, voikko, place=False, verbs=verbs) > 0


def acted_in_past(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, verbs: VerbSense | None
) -> bool:
    """Whether word i is the subject of a verb people do (the lexicon's or by its vector) in
    the past, also of a compound tense ("Sointu tuli paikalle", "Sointu on hoitanut")."""
    found = find_predicate(text, words, i, voikko)
    if found is None or verbs is None:
        return False
    j, word = found
    word = perfect_participle(text, words, j, voikko) or word
    return any(past and verbs.agent(base) for base, past in verb_readings(word.text, voikko))


def _predicate_points(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    *,
    place: bool,
    verbs: VerbSense | None = None,
) -> int:
    """The verb after the word (or after the last subject coordinated with it), past a
    negation verb, an adverb and a pronoun ("Salo ei päässy", "Satu myös kertoi", "Salmi ja
    Sarvi oli molemmat sairaana"): a verb only people do 2 (or a phrase: "ottaa yhteyttä"),
    saying 1 or 2, doing 1, "olla" with a person's state ("sairaana", "lomalla") 2, also for
    a place. A word with no
    reading but a name's (only the gazetteer knows it: "Pena") takes a verb of doing as 2;
    a word nothing knows ("Jonttu", "Make") takes a verb of people by its vector as 1
    (`verbs`; names.py asks NER for the other point), and so does a given name that is also
    a word in the past ("Sointu tuli paikalle"); a compound tense is read by its participle
    ("Tarmo on hoitanut")."""
    lexicon = load_name_lexicon()
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return 0
    j, word = found
    participle = perfect_participle(text, words, j, voikko)
    if participle is not None:  # a compound tense: the participle's verb ("Tarmo on hoitanut")
        j, word = j + 1, participle
    points = 0
    name_only = words[i].classes <= NAME_CLASSES | {GAZETTEER}
    unknown = words[i].kind == "unknown"  # no word's reading: a verb's vector may tell
    # a given name that is also a word, of a verb with more of its clause after it: a bare
    # subject and verb is as often an idiom or an event ("Onni potkaisi:", "Rauha palasi.")
    given = _given_name(words[i]) and _complemented(text, words, j, voikko)
    after = words[j + 1].text.casefold() if j + 1 < len(words) else ""
    nouns = {a.get("BASEFORM", "") for a in voikko.analyze(after)}
    for base, past in verb_readings(word.text, voikko):
        if base == "olla" and person_state(text, words, j, voikko):
            return 2
        if not place and {f"{base} {noun}" for noun in nouns} & lexicon.human_phrases:
            return 2  # "Satu ottaa yhteyttä"
        if place:  # a town does things too ("Salo päätti"), but does not attend or live
            # not a verb with one of its own particles that make it a body's act ("Lahti
            # sanoi irti sopimuksen", "sanoi vastaan"; "Salo kirjasi ylös" still counts); a
            # town holds opinions as a person does ("Lahti oli eri mieltä"), so an opinion
            # is no point
            particle = after in lexicon.place_verb_particles.get(base, ())
            points = max(points, int(base in lexicon.individual_verbs and not particle))
        elif base in lexicon.human_verbs:
            points = max(points, 2)
        elif base in lexicon.speech_verbs:
            points = max(points, 2 if past else 1)
        elif base in lexicon.agent_verbs:
            points = max(points, 2 if name_only else 1)
        elif (unknown or (past and given)) and verbs is not None and verbs.agent(base):
            points = max(points, 1)  # "Sointu tuli paikalle": past, a given name too
    return points


def _given_name(word: Word) -> bool:
    """A given name to Voikko or to the gazetteer ("Hilla", "Rauha"; not the surname
    "Karhu", which an animal shares: "Karhu kävi pihalla")."""
    return FIRST in word.classes or FIRST in gazetteer_reading(word.text)


def _complemented(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether the verb at j has more of its clause after it: a next word in the same clause
    that is no conjunction ("tuli paikalle"; not "potkaisi:", "potkaisi kun …")."""
    after = next_word(text, words, j)
    if after is None:
        return False
    return not any(a.get("CLASS") == "sidesana" for a in voikko.analyze(after.text.casefold()))


def _genitive_points(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> int:
    """The word after the genitive, or after the genitives coordinated with it ("Hallan ja
    Rinteen kanssa")."""
    lexicon = load_name_lexicon()
    j = past_conjuncts(text, words, i + 1)
    following = words[j] if j < len(words) and adjacent(text, words[j - 1], words[j]) else None
    if following is None:
        return 0
    after = following.text.casefold()
    if after in lexicon.person_postpositions:
        return 2
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(after)}
    if bases & lexicon.kin_nouns:
        return 2  # "Onnin äiti": only a person has kin
    if after == "mukaan" and _source_genitive(words[i], voikko):
        return 2  # "Rauhan mukaan sauna on kuuma": her account
    return int(after == "mukaan" or bool(bases & lexicon.person_nouns))


def _source_genitive(word: Word, voikko: Analyses) -> bool:
    """A capitalised given name's genitive that is no form of a verb or an adposition: the
    source "mukaan" takes is then the person ("Rauhan mukaan"). "Toivon mukaan" (hopefully)
    and "Tuulen mukaan" (with the wind) read as verbs too ("toivon", "tuulen": I hope, it
    blows), and a common noun's idiom keeps its one point."""
    if not word.text[:1].isupper() or word.text.isupper():
        return False
    readings = voikko.analyze(word.text)
    given = any(a.get("CLASS") == FIRST and a.get("SIJAMUOTO") == "omanto" for a in readings)
    other = any(a.get("CLASS") in ("teonsana", "suhdesana") for a in readings)
    return given and not other


def _recipient_points(text: str, words: Sequence[Word], i: int) -> int:
    lexicon = load_name_lexicon()
    before = words[i - 1] if i > 0 and adjacent(text, words[i - 1], words[i]) else None
    after = next_word(text, words, i)
    second = next_word(text, words, i + 1) if after is not None else None
    neighbours = {w.text.casefold() for w in (before, after, second) if w is not None}
    return 2 * bool(neighbours & lexicon.recipient_words)  # "Kielolle lähtee kutsu"
