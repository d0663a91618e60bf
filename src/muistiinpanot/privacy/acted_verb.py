"""The verb a subject acts with, read where find_predicate stops short (review 26, finding 1;
docs/privacy.md, "Review 26 mends"): the rules of acts only a person does (human_acts.py,
unknown_names.py) read the verb's meaning, and find_predicate gives the first finite verb,
which in a compound tense is the auxiliary:

- a compound tense: after a finite "olla" ("on", "ole" after "ei", "oli"), up to
  `adverbs` adverbs and then a past active participle, the participle's verb is the one
  acted with ("on kertonut", "ei ole vielä jonottanut", "oli jo soittanut");
- an aside between the subject and its verb: an emphatic pronoun (given_words.toml
  `emphatic_pronouns`: "Tsion Bekele itse kertoi") or a short comma-bounded aside that
  starts with a number or a lower-case word ("Tsion Bekele, 34, kertoi", "Usva, 16 v.,
  jonotti"). A capitalised word after the comma is a conjunct (predicate.past_conjuncts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.predicate import find_predicate, next_word, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import lower_adverb

#: The most words a comma-bounded aside between a subject and its verb has (", 34,",
#: ", 16 v.,", ", asiakkaamme,"): an age, a title, a short apposition; a longer run between
#: commas is a clause of its own.
_ASIDE_WORDS = 3
#: A number between commas ("Tsion Bekele, 34, kertoi"), and a comma and a number before a
#: word of the aside (", 16 v.,").
_NUMBER_ASIDE = re.compile(r"\s*,\s*\d+\s*,\s*")
_NUMBER_OPEN = re.compile(r"\s*,\s*\d+\s*")


def acted_verb(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, adverbs: int = 2
) -> tuple[int, Word] | None:
    """The verb word i is the subject of, and where it is (the module docstring)."""
    end = _aside_end(text, words, i, voikko)
    gap = text[words[i].end : words[end].start] if end < len(words) else ""
    if end == i + 1 and not _NUMBER_ASIDE.fullmatch(gap):
        found = find_predicate(text, words, i, voikko)
    else:  # read as if the aside were not there; the indices are the text's own
        blank = text[: words[i].end] + " " * (words[end].start - words[i].end)
        view = [*words[: i + 1], *words[end:]]
        found = find_predicate(blank + text[words[end].start :], view, i, voikko)
        if found is not None:
            found = (found[0] + end - i - 1, found[1])
    if found is None:
        return None
    return _participle(text, words, found, voikko, adverbs) or found


def _aside_end(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> int:
    """The index of the first word after an aside right after word i, or i + 1 if none."""
    k = i + 1
    if k >= len(words):
        return k
    if adjacent(text, words[i], words[k]) and _emphatic(words[k].text, voikko):
        return k + 1 if k + 1 < len(words) else k
    gap = text[words[i].end : words[k].start]
    if _NUMBER_ASIDE.fullmatch(gap):
        return k  # ", 41, ": the aside has no word
    if not (gap.strip() == "," or _NUMBER_OPEN.fullmatch(gap)) or not words[k].text.islower():
        return k
    for m in range(k + 1, min(len(words), k + _ASIDE_WORDS + 1)):
        between = text[words[m - 1].end : words[m].start].strip()
        if between in (",", ".,"):
            return m  # the aside's closing comma ("16 v.,")
        if between not in ("", "."):
            return k
    return k


def _emphatic(word: str, voikko: Analyses) -> bool:
    """A lower-case emphatic pronoun ("itse", "itsekin")."""
    pronouns = load_given_lexicon().emphatic_pronouns
    return word.islower() and any(
        a.get("BASEFORM", "").casefold() in pronouns for a in voikko.analyze(word)
    )


def _participle(
    text: str,
    words: Sequence[Word],
    found: tuple[int, Word],
    voikko: Analyses,
    adverbs: int,
) -> tuple[int, Word] | None:
    """The past active participle after a finite "olla" found, past up to `adverbs` adverbs
    ("on (vielä) kertonut"), or None."""
    j, verb = found
    if "olla" not in {base for base, _ in verb_readings(verb.text, voikko)}:
        return None
    for _ in range(adverbs + 1):
        after = next_word(text, words, j)
        if after is None:
            return None
        readings = voikko.analyze(after.text.casefold())
        if any(a.get("PARTICIPLE") == "past_active" for a in readings):
            return j + 1, after
        if not lower_adverb(after.text, voikko):
            return None
        j += 1
    return None
