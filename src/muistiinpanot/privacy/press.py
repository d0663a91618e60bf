"""The press speaking (docs/privacy.md, "Round 19"): a capitalised noun of the press
(lexicon `press_nouns`: "Lehti", "Media", "Toimitus") is the press, no surname, only where
the press speaks: it opens the sentence and stands right before a postposition of opinion or
source ("Lehden mielestä", "Median mukaan") or is the subject of a verb of saying or telling
("Lehti kertoi", "Toimitus ilmoitti"), and nothing after it in the sentence points to a
person: a form of "hän" or a verb of promising or calling (`press_person_verbs`: "Lehti
sanoi, että hän hoitaa asian"). Anywhere else the noun may be the surname Lehti ("Kysy
Lehdeltä", "Kokouksessa Lehti lupasi", "Puhuin Lehden kanssa") and is read as any noun is."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.predicate import find_predicate
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import verb_form

#: Marks that end a sentence.
_SENTENCE_END = frozenset(".!?")


def press_speaking(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the press speaking (the module docstring)."""
    word = words[i]
    if not word.text[:1].isupper() or word.text.isupper():
        return False
    lexicon = load_name_lexicon()
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text.casefold())}
    if not bases & lexicon.press_nouns:
        return False
    before = text[: word.start].rstrip()
    if before and before[-1] not in _SENTENCE_END:
        return False
    if not _speaks(text, words, i, voikko):
        return False
    end = _sentence_end(text, words, i)
    return not any(_person_cue(w.text, voikko) for w in words[i + 1 : end])


def _speaks(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Right before a postposition of opinion or source, or the subject of a verb of saying
    or telling."""
    lexicon = load_name_lexicon()
    following = i + 1 < len(words) and adjacent(text, words[i], words[i + 1])
    if following and words[i + 1].text.casefold() in lexicon.press_postpositions:
        return True
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    verbs = lexicon.speech_verbs | lexicon.telling_verbs
    return verb_form(found[1].text, voikko, verbs)


def _sentence_end(text: str, words: Sequence[Word], i: int) -> int:
    """The index of the first word of the next sentence after word i (or len(words))."""
    for j in range(i + 1, len(words)):
        if set(text[words[j - 1].end : words[j].start]) & _SENTENCE_END:
            return j
    return len(words)


def _person_cue(word: str, voikko: Analyses) -> bool:
    """A form of "hän" or of a verb of promising or calling."""
    cues = load_name_lexicon().press_person_verbs | {"hän"}
    return any(a.get("BASEFORM", "").casefold() in cues for a in voikko.analyze(word.casefold()))
