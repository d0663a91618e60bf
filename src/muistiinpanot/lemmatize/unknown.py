"""Words Voikko does not know: spoken forms, typos, slang and new compounds.

Tried in order: the spoken-form lexicon, an abbreviation Voikko knows with a case ending
(`soten`: acronyms.py), restored written endings, a typo correction, a split
into an unknown first part and a known last word (`sote` + `keskus`), and finally simplemma's
lemma (or the lowercased form).

`thorough=True` (accurate mode) corrects typos with Voikko's spelling suggestions (~2 ms a word)
and asks Voikko about every possible last word of a split. `thorough=False` (fast mode) tries
single edits instead (a clipped final i put back, lost dots put back, a letter doubled, a
diphthong's half put in, a letter dropped, two letters swapped, dots taken off, another
vowel) and asks Voikko only about edits and last words that simplemma's dictionary lists as
forms (a dict lookup, ~1 µs, against ~15 µs for a Voikko analysis). Both modes rank the
corrections alike (`_preference`, lemma25, lemma26): a listed word, a clipped i, dots put back,
a double letter's or diphthong's lost half (`hiekotus` is `hiekoitus`, not Voikko's first
suggestion `hekotus`); accurate mode breaks a remaining tie by wordfreq (a compound it does
not list by its last part), fast mode by the order above. On UD Finnish-TDT dev the cheap
path cost no accuracy when it was chosen (93.36 % against 93.35 % with suggestions); lemma25's
ranking leaves fast mode at 93.36 % there (accurate 96.46 → 96.48 %) and mends spelling
variants (`lemma_variants.py`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from muistiinpanot.lemmatize.acronyms import acronym_stem
from muistiinpanot.lemmatize.dictionary import simplemma_forms, simplemma_lemma
from muistiinpanot.lemmatize.spoken import load_spoken_forms, restore_written
from muistiinpanot.lemmatize.voikko import Analysis, VoikkoCache
from muistiinpanot.wordparts import parts

_MAX_DISTANCE = 2
_MIN_SUGGEST_LENGTH = 4
_MIN_EDIT_LENGTH = 5
_DOTS = {"a": "ä", "o": "ö"}
_MAX_DOTTED = 6  # a and o letters whose dots are tried in every combination (2**6 words)
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
_DIPHTHONGS = frozenset(
    {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy"}
    | {"ie", "uo", "yö"}
)  # Finnish diphthongs


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
    acronym = acronym_stem(lower, voikko)
    if acronym is not None:  # soten: sote with a case ending, no typo of sota (lemma26)
        return Resolution("acronym", lemma=acronym)
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
        if _puts_dots_back(lower, flat) or (
            flat[:1] == lower[:1]
            and " " not in flat
            and edit_distance(flat, lower) <= _MAX_DISTANCE
            and voikko.analyze(suggestion)
        ):
            close.append(suggestion)
    if not any(_puts_dots_back(lower, c.lower()) for c in close):  # however many dots are lost
        close.extend(word for word in dotted(lower) if voikko.analyze(word))
    if not close:
        return None
    known = simplemma_forms()

    def frequency(word: str) -> tuple[float, float]:
        return _frequency(word, voikko)

    keys = [_preference(lower, suggestion.lower(), known, frequency) for suggestion in close]
    tied = [s for s, key in zip(close, keys, strict=True) if key == min(keys)]
    best = tied[0] if len(tied) == 1 else max(tied, key=lambda s: frequency(s.lower()))
    return Resolution("suggestion", voikko.analyze(best), best)


def _preference(
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
    the writer left out (the second of a double letter, a diphthong's half lost as in speech:
    `hiekotus` → `hiekoitus`, not `hekotus`), if wordfreq lists it (lemma26: Voikko's `elvyn`
    of `elyn`, frequency 0, put a consonant in and beat the common `elin`). Candidates alike
    in all of these go by how common they are (`frequency`, by default `_zipf`)."""
    frequency = frequency or (lambda word: (_zipf(word), 0.0))
    return (
        known.get(candidate) is None,
        candidate != typed + "i",
        not _puts_dots_back(typed, candidate),
        not (_restores_letter(typed, candidate) and max(frequency(candidate)) > 0),
    )


def _restores_letter(typed: str, candidate: str) -> bool:
    """Whether `candidate` is `typed` with one letter put back that a writer leaves out: the
    second of a double letter (`liukaus` → `liukkaus`) or a diphthong's half (`hiekotus` →
    `hiekoitus`, `yhteistö` → `yhteistyö`); lemma25 counted any letter put in (`elyn` →
    `elvyn`)."""
    if len(candidate) != len(typed) + 1:
        return False
    for i, letter in enumerate(candidate):
        if candidate[:i] + candidate[i + 1 :] == typed:
            before, after = candidate[i - 1 : i], candidate[i + 1 : i + 2]
            if letter in (before, after):
                return True
            if before + letter in _DIPHTHONGS or letter + after in _DIPHTHONGS:
                return True
    return False


def _zipf(word: str) -> float:
    """How common `word` is in Finnish text (wordfreq's Zipf scale; 0 when it is not listed).
    Asked only to break a tie between suggestions: importing wordfreq and reading its Finnish
    list costs about half a CPU second, which a run without such a tie does not pay."""
    from wordfreq import zipf_frequency  # imported here: start-up need not load it

    return float(zipf_frequency(word, "fi"))


def _frequency(word: str, voikko: VoikkoCache) -> tuple[float, float]:
    """How common `word` is (`_zipf`), then, for a compound wordfreq does not list, how common
    its last part is as written (lemma26: `asumisneuvonnan` goes by `neuvonnan`, where every
    candidate was 0: most compounds of a note are rarer than any word list reaches)."""
    zipf = _zipf(word)
    if zipf > 0:
        return (zipf, 0.0)
    for analysis in voikko.analyze(word):
        found = parts(analysis)
        head = "".join(part.surface for part in found[:-1]).lower()
        if len(found) > 1 and word.startswith(head) and len(word) > len(head):
            return (0.0, _zipf(word[len(head) :].lstrip("-")))
    return (0.0, 0.0)


def _single_edits(word: str) -> Iterator[str]:
    """Words one typo away from `word`, the first letter kept, in the order `_preference`
    ranks them: a clipped final i put back; dots put back (`dotted`); a left-out letter
    restored (a letter doubled; a vowel put in as a diphthong's half, one that keeps the word's
    vowel harmony: `hiekotus` → `hiekoitus`, `yhteistö` → `yhteistyö`); a letter dropped; two
    neighbours swapped; last (lemma26) dots taken off and a vowel put in elsewhere."""
    yield word + "i"
    yield from dotted(word)
    for i in range(1, len(word)):
        yield word[: i + 1] + word[i:]
    vowels = _harmonic_vowels(word)
    elsewhere = []
    for i in range(1, len(word)):
        for vowel in vowels:
            if vowel in (word[i - 1], word[i]):  # a doubling, tried above
                continue
            edit = word[:i] + vowel + word[i:]
            if word[i - 1] + vowel in _DIPHTHONGS or vowel + word[i] in _DIPHTHONGS:
                yield edit
            else:
                elsewhere.append(edit)
    for i in range(1, len(word)):
        yield word[:i] + word[i + 1 :]
    for i in range(1, len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(1, len(word)):
        undotted = {"ä": "a", "ö": "o"}.get(word[i])
        if undotted is not None:
            yield word[:i] + undotted + word[i + 1 :]
    yield from elsewhere


def dotted(word: str) -> list[str]:
    """`word` with dots put back on its a and o letters, in every combination, fewer first
    (`tyoryhma` → … `työryhmä`; a keyboard or phone without ä and ö drops them all); only the
    first `_MAX_DOTTED` such letters are tried."""
    places = [i for i, letter in enumerate(word) if letter in _DOTS][:_MAX_DOTTED]
    words = []
    for count in range(1, len(places) + 1):
        for chosen in itertools.combinations(places, count):
            letters = list(word)
            for i in chosen:
                letters[i] = _DOTS[letters[i]]
            words.append("".join(letters))
    return words


def _puts_dots_back(typed: str, candidate: str) -> bool:
    """Whether `candidate` is `typed` with dots put on some of its a and o letters, and no other
    change (`kayttajat` → `käyttäjät`)."""
    return (
        candidate != typed
        and len(candidate) == len(typed)
        and all(c == t or _DOTS.get(t) == c for t, c in zip(typed, candidate, strict=True))
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


def _from_single_edit(lower: str, voikko: VoikkoCache) -> Resolution | None:
    known = simplemma_forms()
    for candidate in _single_edits(lower):
        if known.get(candidate) is not None:
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
