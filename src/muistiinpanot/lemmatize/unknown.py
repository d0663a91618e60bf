"""Words Voikko does not know: spoken forms, typos, slang and new compounds.

Tried in order: the spoken-form lexicon, restored written endings, a typo correction, a split
into an unknown first part and a known last word (`sote` + `keskus`), and finally simplemma's
lemma (or the lowercased form).

`thorough=True` (accurate mode) corrects typos with Voikko's spelling suggestions (~2 ms a word)
and asks Voikko about every possible last word of a split. `thorough=False` (fast mode) tries
single edits instead (a clipped final i put back, an umlaut restored or lost, a letter doubled,
a vowel put in, a letter dropped, two letters swapped) and asks Voikko only about edits and
last words that simplemma's dictionary lists as forms (a dict lookup, ~1 µs, against ~15 µs
for a Voikko analysis). Both modes rank the corrections alike (`_preference`, lemma25): a
listed word, a clipped i, the dots, letters the writer left out (`hiekotus` is `hiekoitus`,
not Voikko's first suggestion `hekotus`); accurate mode breaks a remaining tie by wordfreq,
fast mode by the order above. On UD Finnish-TDT dev the cheap path cost no accuracy when it
was chosen (93.36 % against 93.35 % with suggestions); lemma25's ranking leaves fast mode at
93.36 % there (accurate 96.46 → 96.48 %) and mends spelling variants (`lemma_variants.py`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from muistiinpanot.lemmatize.dictionary import (
    simplemma_forms,
    simplemma_known,
    simplemma_lemma,
)
from muistiinpanot.lemmatize.spoken import load_spoken_forms, restore_written
from muistiinpanot.lemmatize.voikko import Analysis, VoikkoCache

_MAX_DISTANCE = 2
_MIN_SUGGEST_LENGTH = 4
_MIN_EDIT_LENGTH = 5
_UMLAUTS = {"a": "ä", "o": "ö", "ä": "a", "ö": "o"}
_MIN_PART = 2
_MIN_HEAD = 4
_OPEN_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "teonsana"})
# Case endings by UD case, longest first; a foreign stem ending in a consonant takes `i` before
# them (Canon → Canonin), which is dropped with the ending.
_CASE_ENDINGS = {
    "Gen": ("n",), "Par": ("ta", "tä", "a", "ä"), "Ine": ("ssa", "ssä"), "Ela": ("sta", "stä"),
    "Ade": ("lla", "llä"), "Abl": ("lta", "ltä"), "All": ("lle",), "Ess": ("na", "nä"),
    "Tra": ("ksi",), "Ill": ("seen", "hin", "han", "hen", "hon", "hun", "hyn", "hän", "hön"),
}  # fmt: skip
_VOWELS = "aeiouyäö"
_DOTLESS = str.maketrans("äö", "ao")


@dataclass(frozen=True, slots=True)
class Resolution:
    """How an unknown `form` was understood: the analyses of a stand-in word (`analyses`), the
    unknown `prefix` to glue before its lemma, or a fixed `lemma` when there is nothing to
    analyse. `source` names the step that succeeded (for tests and logging)."""

    source: str
    analyses: tuple[Analysis, ...] = ()
    form: str = ""
    prefix: str = ""
    lemma: str | None = None


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


def resolve_unknown(
    form: str, voikko: VoikkoCache, *, guess: bool = True, thorough: bool = True
) -> Resolution:
    """Understand `form`, which has no Voikko analysis of its own. With `guess=False` (names,
    foreign words) only the spoken-form lexicon is consulted; `thorough` is explained above."""
    lower = form.lower()
    spoken = load_spoken_forms().get(lower)
    if spoken is not None:
        return Resolution(
            "spoken", voikko.analyze(spoken.standard), spoken.standard, lemma=spoken.lemma
        )
    if not guess:
        return Resolution("form")
    for candidate, check in restore_written(lower):
        analyses = voikko.analyze(candidate)
        if check is not None:
            analyses = tuple(a for a in analyses if check(a))
        if analyses:
            return Resolution("restored", analyses, candidate)
    if thorough and len(lower) >= _MIN_SUGGEST_LENGTH and lower.isalpha():
        resolution = _from_suggestion(lower, voikko)
        if resolution is not None:
            return resolution
    if not thorough and len(lower) >= _MIN_EDIT_LENGTH and lower.isalpha():
        resolution = _from_single_edit(lower, voikko)
        if resolution is not None:
            return resolution
    split = _split_known_tail(lower, voikko, None if thorough else simplemma_forms())
    if split is not None:
        return split
    fallback = simplemma_lemma(lower).lower()
    return Resolution("simplemma", lemma=fallback) if fallback != lower else Resolution("form")


def strip_case_ending(word: str, feats: Mapping[str, str]) -> str:
    """Strip the case ending the tagger saw on an unknown word (`arduinoa` → `arduino`,
    `canonin` → `canon`); the word itself when no ending fits."""
    case = feats.get("Case")
    if case == "Nom" and feats.get("Number") == "Plur" and word.endswith("t") and len(word) > 4:
        return word[:-1]
    endings = _CASE_ENDINGS.get(case or "", ())
    if case == "Ill" and len(word) > 3 and word[-1] == "n" and word[-2] == word[-3]:
        endings = (word[-2:], *endings)  # arduinoon → arduino
    for ending in endings:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if stem[-1] == "i" and stem[-2] not in _VOWELS:
                stem = stem[:-1]
            return stem
    return word


def _from_suggestion(lower: str, voikko: VoikkoCache) -> Resolution | None:
    """The best of Voikko's close suggestions (`_preference`); a split of `lower` into known
    words (`sote keskus`) when Voikko offers one before any close suggestion."""
    close: list[str] = []
    for suggestion in voikko.suggest(lower):
        flat = suggestion.lower()
        if flat.replace(" ", "").replace("-", "") == lower:
            head = flat.replace("-", " ").split()[-1]
            analyses = voikko.analyze(head)
            if analyses and len(head) < len(lower) and not close:
                return Resolution("split", analyses, head, prefix=lower[: len(lower) - len(head)])
            continue
        if (
            flat[:1] == lower[:1]
            and " " not in flat
            and edit_distance(flat, lower) <= _MAX_DISTANCE
            and voikko.analyze(suggestion)
        ):
            close.append(suggestion)
    if not close:
        return None
    known = simplemma_forms()
    keys = [_preference(lower, suggestion.lower(), known) for suggestion in close]
    tied = [s for s, key in zip(close, keys, strict=True) if key == min(keys)]
    best = tied[0] if len(tied) == 1 else max(tied, key=lambda s: _zipf(s.lower()))
    return Resolution("suggestion", voikko.analyze(best), best)


def _preference(typed: str, candidate: str, known: Mapping[str, str]) -> tuple[bool, ...]:
    """Sort key of a correction of `typed`, best first: a word simplemma's dictionary lists
    before one it does not (Voikko also offers compounds it builds itself: `rahotus` →
    `raha+otus`); then, as the summary's typo fixer ranks them, a final i clipped as in speech
    put back (`lupas` → `lupasi`, `siks` → `siksi`), then the word with only its dots put back
    or taken off (`yhteistyo`); then one that restores letters the writer left out (the second
    of a double letter, a diphthong's half lost as in speech: `hiekotus` → `hiekoitus`, not
    `hekotus`). Candidates alike in all of these go by how common they are (`_zipf`)."""
    return (
        known.get(candidate) is None,
        candidate != typed + "i",
        candidate.translate(_DOTLESS) != typed.translate(_DOTLESS),
        not _restores_omission(typed, candidate),
    )


def _restores_omission(typed: str, candidate: str) -> bool:
    """Whether `candidate` is `typed` with one letter or more put in (nothing else changed)."""
    if len(candidate) <= len(typed):
        return False
    letters = iter(candidate)
    return all(letter in letters for letter in typed)


def _zipf(word: str) -> float:
    """How common `word` is in Finnish text (wordfreq's Zipf scale; 0 when it is not listed).
    Asked only to break a tie between suggestions: importing wordfreq and reading its Finnish
    list costs about half a CPU second, which a run without such a tie does not pay."""
    from wordfreq import zipf_frequency  # imported here: start-up need not load it

    return float(zipf_frequency(word, "fi"))


def _single_edits(word: str) -> Iterator[str]:
    """Words one typo away from `word`, the first letter kept, in the order `_preference`
    ranks them: a clipped final i put back; an umlaut restored or lost; a left-out letter
    restored (a letter doubled; a vowel put in, one that keeps the word's vowel harmony:
    `hiekotus` → `hiekoitus`, `yhteistö` → `yhteistyö`); a letter dropped; two neighbours
    swapped."""
    yield word + "i"
    for i in range(1, len(word)):
        umlaut = _UMLAUTS.get(word[i])
        if umlaut is not None:
            yield word[:i] + umlaut + word[i + 1 :]
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


def _from_single_edit(lower: str, voikko: VoikkoCache) -> Resolution | None:
    candidates = list(_single_edits(lower))
    known = simplemma_known(candidates)  # all at once: they share the dictionary's blocks
    for candidate in candidates:
        if candidate in known:
            analyses = voikko.analyze(candidate)
            if analyses:
                return Resolution("edit", analyses, candidate)
    return None


def _split_known_tail(
    lower: str, voikko: VoikkoCache, known: Mapping[str, str] | None
) -> Resolution | None:
    """The longest known, non-compound last word after an unknown first part; only last words
    listed in `known` are analysed, unless it is None."""
    for cut in range(_MIN_PART, len(lower) - _MIN_HEAD + 1):
        head = lower[cut:]
        if known is not None and known.get(head) is None:
            continue
        analyses = tuple(
            a
            for a in voikko.analyze(head)
            if a.get("STRUCTURE", "").count("=") == 1 and a.get("CLASS") in _OPEN_CLASSES
        )
        if analyses:
            return Resolution("split", analyses, head, prefix=lower[:cut])
    return None


# Case endings that an unknown name (tagged by nothing) may carry, longest first; `ks` before
# an ending marks a stem in -s (Kalymnoksen → Kalymnos).
_NAME_ENDINGS = (
    "kselle", "ksella", "ksellä", "ksessa", "ksessä", "ksesta", "ksestä", "kseen", "ksen",
    "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi",
)  # fmt: skip


def strip_name_ending(name: str) -> str:
    """Strip a case ending from a name Voikko does not know (`Arduinolla` → `Arduino`,
    `Canonissa` → `Canon`, `Iglesiaksen` → `Iglesias`); the name itself when no ending fits.
    A bare genitive `n` is left alone: too many foreign names end in -n (`Gordon`)."""
    for ending in _NAME_ENDINGS:
        stem = name[: -len(ending)]
        if not name.endswith(ending) or len(stem) < 3:
            continue
        if ending.startswith("ks"):
            return stem + "s"
        if stem[-1] == "i" and stem[-2] not in _VOWELS:
            stem = stem[:-1]
        return stem
    return name
