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
corrections alike (edits.preference, lemma25, lemma26): a listed word, a clipped i, dots put back,
a double letter's or diphthong's lost half (`hiekotus` is `hiekoitus`, not Voikko's first
suggestion `hekotus`); accurate mode breaks a remaining tie by wordfreq (a compound it does
not list by its last part), fast mode by the order above. On UD Finnish-TDT dev the cheap
path cost no accuracy when it was chosen (93.36 % against 93.35 % with suggestions); lemma25's
ranking leaves fast mode at 93.36 % there (accurate 96.46 → 96.48 %) and mends spelling
variants (`lemma_variants.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from muistiinpanot.lemmatize.acronyms import (
    DEFAULT_LISTED_ACRONYMS,
    ListedAcronyms,
    acronym_stem,
    listed_stem,
)
from muistiinpanot.lemmatize.dictionary import simplemma_forms, simplemma_known, simplemma_lemma
from muistiinpanot.lemmatize.edits import (
    dotted,
    edit_distance,
    frequency_of,
    preference,
    puts_dots_back,
    single_edits,
)
from muistiinpanot.lemmatize.spoken import load_spoken_forms, restore_written
from muistiinpanot.lemmatize.voikko import Analysis, VoikkoCache
from muistiinpanot.spelling import SUGGEST_MAX_EDITS, SUGGEST_MIN_LETTERS

_MIN_EDIT_LENGTH = 5
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


def resolve_unknown(
    form: str,
    voikko: VoikkoCache,
    *,
    guess: bool = True,
    thorough: bool = True,
    listed_acronyms: ListedAcronyms = DEFAULT_LISTED_ACRONYMS,
) -> Resolution:
    """Understand `form`, which has no Voikko analysis of its own. With `guess=False` (names,
    foreign words) only the spoken-form lexicon is consulted; `thorough` is explained above;
    `listed_acronyms` says when wordfreq makes a form an acronym with a case ending."""
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
    listed = listed_stem(lower, voikko, listed_acronyms) if lower.isalpha() else None
    if listed is not None:  # amkissa: amk with a case ending, no typo of amok (lemma27)
        return Resolution("acronym", lemma=listed)
    if thorough and len(lower) >= SUGGEST_MIN_LETTERS and lower.isalpha():
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
        if puts_dots_back(lower, flat) or (
            flat[:1] == lower[:1]
            and " " not in flat
            and edit_distance(flat, lower) <= SUGGEST_MAX_EDITS
            and voikko.analyze(suggestion)
        ):
            close.append(suggestion)
    if not any(puts_dots_back(lower, c.lower()) for c in close):  # however many dots are lost
        close.extend(word for word in dotted(lower) if voikko.analyze(word))
    if not close:
        return None
    known = simplemma_forms()

    def frequency(word: str) -> tuple[float, float]:
        return frequency_of(word, voikko)

    keys = [preference(lower, suggestion.lower(), known, frequency) for suggestion in close]
    tied = [s for s, key in zip(close, keys, strict=True) if key == min(keys)]
    best = tied[0] if len(tied) == 1 else max(tied, key=lambda s: frequency(s.lower()))
    return Resolution("suggestion", voikko.analyze(best), best)


def _from_single_edit(lower: str, voikko: VoikkoCache) -> Resolution | None:
    candidates = list(single_edits(lower))
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
