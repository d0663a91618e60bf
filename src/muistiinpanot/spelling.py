"""What kind of correction a spelling suggestion is for a word Voikko does not know, shared
by the summary's typo fixer (summarize/typos.py) and the themes stage's label words
(themes/label_guesses.py), review 37 #1, #2 (mend65); and which suggestions the lemmatizer
takes as a typo's correction (SUGGEST_MIN_LETTERS, SUGGEST_MAX_EDITS), so that the label
words find the lemmas it gave by the same rule.

A correction may restore what the writer left out: a final i clipped as in speech
(`restores_clipped_i`, and a participle's final t), a vowel assimilated in speech
(`restores_assimilated`), the dots of a letter typed without them (`restores_dots`), a
letter dropped (`restores_dropped`: a double letter written single, or a diphthong's
second half lost as in speech, outside the word's first syllable). Any other correction
changes letters the writer typed, and for a word that could be Finnish as typed
(`well_formed`) it is another word ("välkällä" → "väljällä", "äppi" → "appi", "himassa"
→ "haimassa"), not a fix.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

#: The lemmatizer's corrections (lemmatize/unknown.py, accurate mode): of a word of at least
#: this many letters, a Voikko suggestion at most this many edits away (same first letter, no
#: space). themes/label_guesses.py finds the lemmas they gave by the same rule.
SUGGEST_MIN_LETTERS = 4
SUGGEST_MAX_EDITS = 2

_VOWELS = frozenset("aeiouyäö")
_BACK = frozenset("aou")
_FRONT = frozenset("äöy")
#: The letters a keyboard or phone without ä and ö types for them: typed → meant.
DOTS = {"a": "ä", "o": "ö"}
#: Consonants a Finnish word may end in.
_FINAL_CONSONANTS = frozenset("nstlr")
#: A diphthong's second half, lost in speech after the first ("hiekotus", "ratkasu").
_SECOND_HALVES = frozenset("iuy")
#: Clitics after a participle ("ei ollut kuullutkaan"); "" for none.
_CLITICS = ("kaan", "kään", "kin", "ko", "kö", "han", "hän", "")


def restores_clipped_i(typed: str, corrected: str) -> bool:
    """Whether `corrected` is `typed` with a final i put back ("lupas" → "lupasi"), or the
    final t of a past participle that speech drops, before a clitic too ("ollu" → "ollut",
    "menny" → "mennyt", "kuullukaan" → "kuullutkaan")."""
    if corrected == typed + "i":
        return True
    for clitic in _CLITICS:  # "ollu" → "ollut", "kuullukaan" → "kuullutkaan"
        stem = typed.removesuffix(clitic)
        if stem != typed or not clitic:
            ending = typed[len(stem) :]
            if stem[-1:] in ("u", "y") and corrected == stem + "t" + ending:
                return True
    return False


def restores_assimilated(typed: str, corrected: str) -> bool:
    """Whether `typed` is `corrected` with one "ea"/"eä", "oa" or "öä" said as a long vowel
    ("vaikee" → "vaikea", "oikeesti" → "oikeasti": vowel assimilation in speech)."""
    if len(typed) != len(corrected):
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, corrected, strict=True)) if a != b]
    if len(diff) != 1 or diff[0] == 0:
        return False
    vowel = typed[diff[0] - 1]
    return typed[diff[0]] == vowel and vowel in "eoö" and corrected[diff[0]] in "aä"


def restores_dots(typed: str, corrected: str) -> bool:
    """Whether `corrected` is `typed` with dots put on letters typed without them
    ("kylalla" → "kylällä"); taking dots off ("äppi" → "appi") is no restoration."""
    if len(typed) != len(corrected) or typed == corrected:
        return False
    return all(a == b or DOTS.get(a) == b for a, b in zip(typed, corrected, strict=True))


def dot_choices(word: str, places: Sequence[int]) -> Iterator[str]:
    """`word` with dots put back on its letters at `places` (each an a or an o, `DOTS`) in
    every combination, fewer first: the word as typed, then each one letter dotted, then two,
    ... (the lemmatizer's corrections, the clinic's name, an address's local part)."""
    for count in range(len(places) + 1):
        for chosen in itertools.combinations(places, count):
            letters = list(word)
            for i in chosen:
                letters[i] = DOTS[letters[i]]
            yield "".join(letters)


def restores_dropped(typed: str, corrected: str) -> bool:
    """Whether `corrected` is `typed` with letters put in, each a consonant doubled
    ("luotamus" → "luottamus") or, outside the word's first syllable, a vowel doubled or a
    diphthong's half ("ilmottaa" → "ilmoittaa", "yhteistö" → "yhteistyö"). A vowel put into
    the first syllable makes another word of slang ("himassa" → "haimassa", "tekkari" →
    "teekkari"), as does a letter between consonants ("mätsi" → "mätisi")."""
    if len(corrected) <= len(typed) or len(corrected) - len(typed) > 2:
        return False
    first = _first_syllable_end(corrected)
    i = 0
    for j, letter in enumerate(corrected):
        if i < len(typed) and typed[i] == letter:
            i += 1
            continue
        if not _droppable(corrected, j, first):
            return False
    return i == len(typed)


def well_formed(word: str) -> bool:
    """Whether `word` could be a Finnish word as typed: it ends in a vowel or one of the
    consonants a word may end in, has no four consonants in a row and does not mix back and
    front vowels (a compound may; a word Voikko does not know and under 12 letters seldom
    is one). "päätöd", "keskustrlu" and "kyselu" cannot be; "välkällä" and "äppi" can."""
    letters = word.lower()
    if not letters.isalpha():
        return True
    if letters[-1] not in _VOWELS and letters[-1] not in _FINAL_CONSONANTS:
        return False
    run = 0
    for letter in letters:
        run = 0 if letter in _VOWELS else run + 1
        if run >= 4:
            return False
    mixed = bool(_BACK & set(letters)) and bool(_FRONT & set(letters))
    return not (mixed and len(letters) < 12)


def restores(typed: str, corrected: str) -> bool:
    """Whether `corrected` only puts back what the writer of `typed` left out (any of the
    kinds above), compared in lowercase."""
    typed, corrected = typed.lower(), corrected.lower()
    return (
        restores_clipped_i(typed, corrected)
        or restores_assimilated(typed, corrected)
        or restores_dots(typed, corrected)
        or restores_dropped(typed, corrected)
    )


def _first_syllable_end(word: str) -> int:
    """The index after the word's first vowel group (its first syllable's nucleus)."""
    index = 0
    while index < len(word) and word[index] not in _VOWELS:
        index += 1
    while index < len(word) and word[index] in _VOWELS:
        index += 1
    return index


def _droppable(word: str, j: int, first: int) -> bool:
    """Whether the letter at `j` of `word` is one speech or a quick hand leaves out: a
    consonant beside its double, or, after the first syllable, a vowel beside its double or
    a diphthong's second half after a vowel (or its first half before "ö", "o", "e")."""
    letter = word[j]
    before = word[j - 1] if j > 0 else ""
    after = word[j + 1] if j + 1 < len(word) else ""
    if letter not in _VOWELS:
        return letter in (before, after)
    if j < first:
        return False
    if letter in (before, after):
        return True
    if letter in _SECOND_HALVES and before in _VOWELS:
        return True
    return (letter, after) in {("y", "ö"), ("u", "o"), ("i", "e")}
