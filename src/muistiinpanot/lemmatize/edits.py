"""Corrections of a word Voikko does not know: the edits fast mode tries (`single_edits`,
`dotted`) and the order both modes rank corrections in (`preference`, `frequency_of`); used by
unknown.py (lemma25, lemma26).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping

from muistiinpanot import frequencies
from muistiinpanot.lemmatize.voikko import VoikkoCache
from muistiinpanot.spelling import DOTS, dot_choices
from muistiinpanot.wordparts import parts

_MAX_DOTTED = 6  # a and o letters whose dots are tried in every combination (2**6 words)
_VOWELS = "aeiouyäö"


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions counted as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def preference(
    typed: str,
    candidate: str,
    known: Mapping[str, str],
    frequency: Callable[[str], tuple[float, float]] | None = None,
) -> tuple[bool, ...]:
    """Sort key of a correction of `typed`, best first: a word simplemma's dictionary lists
    before one it does not (Voikko also offers compounds it builds itself: `rahotus` →
    `raha+otus`); then, as the summary's typo fixer ranks them, a final i clipped as in speech
    put back (`lupas` → `lupasi`, `siks` → `siksi`), then the word with only its dots put back
    (`yhteistyo`; lemma26: not one whose dots are taken off); then one that restores a letter
    the writer left out (`_restores_letter`: `hiekotus` → `hiekoitus`, not `hekotus`) if
    wordfreq lists the word, its lemma or its last part (lemma26). Candidates alike in all of
    these go by how common they are (`frequency`, by default wordfreq's `zipf`)."""
    frequency = frequency or (lambda word: (zipf(word), 0.0))
    return (
        known.get(candidate) is None,
        candidate != typed + "i",
        not puts_dots_back(typed, candidate),
        not (_restores_letter(typed, candidate) and max(frequency(candidate)) > 0),
    )


def spoken_of(typed: str, candidate: str) -> bool:
    """Whether `typed` is `candidate` as spoken, one letter dropped by a rule of spoken
    Finnish: a clipped final i (`siks`), a diphthong's i (`tarkotus`, `semmosta`,
    `ilmottaa`), the middle i of a conditional's -isi- (`pitäiskö`), a d before a vowel after a
    vowel or h (`oottaa`, `nähään`) or a participle's final t after u or y (`halunnu`,
    `tullu`)."""
    if len(candidate) != len(typed) + 1:
        return False
    if candidate == typed + "i" or (candidate == typed + "t" and typed[-1:] in ("u", "y")):
        return True
    for i in range(1, len(candidate) - 1):
        if candidate[:i] + candidate[i + 1 :] != typed:
            continue
        before, letter, after = candidate[i - 1], candidate[i], candidate[i + 1]
        if letter == "i" and (before in _VOWELS and before != "i" or candidate[i - 2 : i] == "is"):
            return True
        if letter == "d" and (before in _VOWELS or before == "h") and after in _VOWELS:
            return True
    return False


def _restores_letter(typed: str, candidate: str) -> bool:
    """Whether `candidate` is `typed` with one letter put back of those a writer leaves out:
    a vowel (`hiekotus` → `hiekoitus`, `yhteistö` → `yhteistyö`), the second of a double
    letter (`liukaus` → `liukkaus`) or a d lost as in speech (`oottaa` → `odottaa`). lemma25
    counted any letter put in: Voikko's `elvyn` of `elyn` (elpyä) beat the common `elin`."""
    if len(candidate) != len(typed) + 1:
        return False
    for i, letter in enumerate(candidate):
        if candidate[:i] + candidate[i + 1 :] == typed:
            doubled = letter in (candidate[i - 1 : i], candidate[i + 1 : i + 2])
            if letter in _VOWELS or letter == "d" or doubled:
                return True
    return False


def zipf(word: str) -> float:
    """How common `word` is in Finnish text (wordfreq's Zipf scale; 0 when it is not listed).
    Asked only to break a tie between suggestions or of a suggestion that puts a letter back:
    importing wordfreq and reading its Finnish list costs about half a CPU second, which a run
    without such a suggestion does not pay."""
    return frequencies.zipf(word)


def frequency_of(word: str, voikko: VoikkoCache) -> tuple[float, float]:
    """How common `word` is (`zipf`), then how common its lemma is or, for a compound whose
    lemma wordfreq does not list either, its last part as written (lemma26: `asumisneuvonnan`
    goes by `neuvonnan`, where every candidate was 0: most compounds of a note are rarer than
    any word list reaches; `hiekoitusta` by `hiekoitus`)."""
    own = zipf(word)
    for analysis in voikko.analyze(word):
        lemma = zipf(analysis.get("BASEFORM", "").lower())
        if lemma > 0:
            return (own, lemma)
        found = parts(analysis)
        head = "".join(part.surface for part in found[:-1]).lower()
        if len(found) > 1 and word.startswith(head) and len(word) > len(head):
            return (own, zipf(word[len(head) :].lstrip("-")))
    return (own, 0.0)


def single_edits(word: str) -> Iterator[str]:
    """Words one typo away from `word`, the first letter kept, in the order `preference`
    ranks them: a clipped final i put back; dots put back (`dotted`); a left-out letter
    restored (a letter doubled; a vowel put in, one that keeps the word's vowel harmony:
    `hiekotus` → `hiekoitus`, `yhteistö` → `yhteistyö`); a letter dropped; two neighbours
    swapped; last (lemma26) dots taken off."""
    yield word + "i"
    yield from dotted(word)
    for i in range(1, len(word)):
        yield word[: i + 1] + word[i:]
    vowels = _harmonic_vowels(word)
    for i in range(1, len(word)):
        for vowel in vowels:
            if vowel not in (word[i - 1], word[i]):  # a doubling, tried above
                yield word[:i] + vowel + word[i:]
    for i in range(1, len(word)):
        yield word[:i] + word[i + 1 :]
    for i in range(1, len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(1, len(word)):
        undotted = {"ä": "a", "ö": "o"}.get(word[i])
        if undotted is not None:
            yield word[:i] + undotted + word[i + 1 :]


def dotted(word: str) -> list[str]:
    """`word` with dots put back on its a and o letters but the first, in every combination,
    fewer first (`tyoryhma` → … `työryhmä`; a keyboard or phone without ä and ö drops them
    all); only the first `_MAX_DOTTED` such letters are tried."""
    places = [i for i, letter in enumerate(word) if letter in DOTS and i > 0][:_MAX_DOTTED]
    return list(itertools.islice(dot_choices(word, places), 1, None))  # not the word as typed


def puts_dots_back(typed: str, candidate: str) -> bool:
    """Whether `candidate` is `typed` with dots put on some of its a and o letters after the
    first, and no other change (`kayttajat` → `käyttäjät`; not `oisin` → `öisin`: a spoken
    `olisin`, and a first letter stays as typed, as in every correction)."""
    return (
        candidate != typed
        and len(candidate) == len(typed)
        and candidate[:1] == typed[:1]
        and all(c == t or DOTS.get(t) == c for t, c in zip(typed, candidate, strict=True))
    )


def _harmonic_vowels(word: str) -> str:
    """The vowels a Finnish word with `word`'s vowels may have: no back vowel beside a front
    one (`ä`, `ö`, `y`) and no front vowel beside a back one, unless the word mixes them
    already (a compound)."""
    front = any(letter in "äöy" for letter in word)
    back = any(letter in "aou" for letter in word)
    if front and not back:
        return "eiyäö"
    if back and not front:
        return "aeiou"
    return _VOWELS
