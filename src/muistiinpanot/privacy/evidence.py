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
- one of a group of people between it and a verb of the subject's ("Aino tästä meidän
  ryhmästä vetää lukupiiriä", member_phrases.py) 1 more;
- spaCy's NER calls it a person 1 (alone it is not enough: "Onni potkaisi", "Aino keino").

This module adds the points up (`name_points`, `person_evidence`); the predicate's are read in
predicate_points.py, the governing word's in governing_points.py. The word lists are data
(lexicons/privacy.toml); they name kinds of verbs and nouns in general Finnish usage, not
words of any sample.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, NAME_CLASSES, Word, adjacent
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.governing_points import genitive_points, recipient_points
from muistiinpanot.privacy.member_phrases import member_phrase_end
from muistiinpanot.privacy.predicate import NEGATION, holds_opinion, in_state
from muistiinpanot.privacy.predicate_points import NAME_POINTS, predicate_points
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import listed_name
from muistiinpanot.privacy.verbs import VerbSense

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
        subject = predicate_points(text, words, i, voikko, place=place, verbs=verbs)
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
    if subject and member_phrase_end(text, words, i + 1, voikko) is not None:
        subject += 1  # one of a group of people, acting ("Aino meidän ryhmästä vetää")
    points += subject
    if "omanto" in cases:  # a town has company too ("Lahden kanssa"): one point at most
        genitive = genitive_points(text, words, i, voikko)
        points += min(genitive, 1) if place else genitive
    if "ulkotulento" in cases or ("ulkoeronto" in cases and not place):
        points += recipient_points(text, words, i)  # "Kaarinalta tuli viesti"
    return points


def person_evidence(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether what follows word i (and the words coordinated with it) takes a person,
    whatever the word: a verb only people do or a past verb of saying, "olla" with a
    person's state, or a postposition of company or opinion after a genitive ("Honka ja
    Kataja olivat lomalla", "Hallan ja Rinteen kanssa")."""
    if predicate_points(text, words, i, voikko, place=False) >= NAME_POINTS:
        return True
    return genitive_points(text, words, i, voikko) >= NAME_POINTS


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
