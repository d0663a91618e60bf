"""The word governing a word which may be a name, read as evidence that it is one: a
recipient word beside an allative ("Onnille kiitos", "kiitos Jannelle") 2 points; after a
genitive, a postposition of company or opinion ("Sannan kanssa", "Tuulin mielestä") or a
noun of kin ("Usvan äiti") 2, "mukaan" 1 (2 after a capitalised given name's genitive that
is no verb's form, "Rauhan mukaan"), a noun of a person's group or words ("Mäkelän tiimi")
1. evidence.py adds these points to the others of a word; the word lists are data
(lexicons/privacy.toml).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.predicate import next_word, past_conjuncts
from muistiinpanot.privacy.predicate_points import NAME_POINTS
from muistiinpanot.privacy.protocols import Analyses


def person_genitive(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is a genitive only a person stands in: the owner of kin, before a
    postposition of company or opinion ("Usvan äiti", "Hallan kanssa")."""
    return genitive_points(text, words, i, voikko) >= NAME_POINTS


def genitive_points(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> int:
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


def recipient_points(text: str, words: Sequence[Word], i: int) -> int:
    """A recipient word before the allative or one of the two words after it ("Onnille
    kiitos", "kiitos Jannelle")."""
    lexicon = load_name_lexicon()
    before = words[i - 1] if i > 0 and adjacent(text, words[i - 1], words[i]) else None
    after = next_word(text, words, i)
    second = next_word(text, words, i + 1) if after is not None else None
    neighbours = {w.text.casefold() for w in (before, after, second) if w is not None}
    return 2 * bool(neighbours & lexicon.recipient_words)  # "Kielolle lähtee kutsu"
