"""Acronyms written in lower case with a case ending: `elyn`, `soten`, `hetulla` (lemma26).

Voikko knows few of them, so such a form used to go to typo correction: `elyn` became `elin`
(lemma25: `elpyä`), `soten` `sota`, `hetun` `hokea`, and the note left its theme. The stem of
such a form is kept as its lemma (`ely`, `sote`, `hetu`) when something says it is an acronym:

- Voikko knows the bare stem as an abbreviation (`sote`): `acronym_stem`, asked by
  unknown.resolve_unknown before any correction;
- wordfreq lists the bare stem as a word (`amk`, `hetu`, `tes`: lemma27) at least
  `min_zipf` on its Zipf scale and `margin` points (`ListedAcronyms`; [lemmatize]
  acronym_min_zipf 2.5, acronym_margin 1: ten times) more often than the
  form as written, and nothing reads the form as a known word with its dots or a spoken
  letter put back (`kylilla` is `kylillä`, `nähään` `nähdään`): `listed_stem`, asked after the
  spoken endings are restored and before any correction;
- the batch of texts analysed together (a clinic's notes) has the bare stem as a word of its
  own that Voikko does not know and nobody corrected (`ely`), or in capitals (`ELY`,
  `ELY-keskus`): `keep_acronyms`, run by LemmaAnalyzer.analyze over a clinic's tokens.

Only short stems count (3 to 4 letters): a longer word is rarely an acronym and
a typo of a short word is rarely read as one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from muistiinpanot.config_sections import LemmatizeSettings
from muistiinpanot.lemmatize.edits import dotted, spoken_of, zipf
from muistiinpanot.lemmatize.voikko import VoikkoCache

if TYPE_CHECKING:  # tokens.py imports the lemmatizer, which imports this module
    from muistiinpanot.lemmatize.tokens import LemmaToken

_MIN_STEM = 3  # two letters are more often a clipped word (`to`, `si`) than an acronym
_MAX_STEM = 4
_VOWELS = "aeiouyäö"
# Singular case endings an acronym takes, read as spoken (`ely` + `llä`); a stem ending in a
# consonant takes `i` before them (`amk` → `amkissa`), one ending in a vowel doubles it before
# the illative's n (`sote` → `soteen`).
_ENDINGS = (
    "n", "a", "ä", "ta", "tä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle",
    "na", "nä", "ksi", "hin", "hen", "seen",
)  # fmt: skip


def stems(word: str) -> Iterator[str]:
    """The stems `word` (lower case) may be an acronym's with a case ending, longest ending
    first: `elyltä` → `ely`; `amkissa` → `amk`; `soteen` → `sote`."""
    for ending in sorted(_ENDINGS, key=len, reverse=True):
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) > 2 and stem[-1] == "i" and stem[-2] not in _VOWELS:
            yield stem[:-1]  # amk+i+ssa
        elif stem and stem[-1] in _VOWELS:
            yield stem
    if len(word) > 3 and word[-1] == "n" and word[-2] == word[-3] and word[-2] in _VOWELS:
        yield word[:-2]  # sote+e+n


def acronym_stem(word: str, voikko: VoikkoCache) -> str | None:
    """The stem of `word`, a form Voikko does not know, when Voikko knows that stem as an
    abbreviation (`soten` → `sote`)."""
    for stem in stems(word):
        if _MIN_STEM <= len(stem) <= _MAX_STEM and any(
            a.get("CLASS") == "lyhenne" for a in voikko.analyze(stem)
        ):
            return stem
    return None


@dataclass(frozen=True, slots=True)
class ListedAcronyms:
    """When wordfreq makes a lower-case form an acronym with a case ending (`listed_stem`;
    [lemmatize] acronym_min_zipf, acronym_margin in the pipeline file): its bare stem is
    listed at `min_zipf` at least on wordfreq's Zipf scale (2.5: about 3 in 10 million words)
    and `margin` points (1: ten times) more often than the form as written (the defaults
    are LemmatizeSettings' own)."""

    min_zipf: float = LemmatizeSettings().acronym_min_zipf
    margin: float = LemmatizeSettings().acronym_margin


DEFAULT_LISTED_ACRONYMS = ListedAcronyms()


def listed_stem(
    word: str, voikko: VoikkoCache, listed_acronyms: ListedAcronyms = DEFAULT_LISTED_ACRONYMS
) -> str | None:
    """The stem of `word`, a form Voikko does not know, when wordfreq lists that stem (one
    Voikko does not know either) as a word far more common than `word` (see the module's
    docstring): `amkissa` → `amk`, `hetulla` → `hetu`, `wlanissa` → `wlan`."""
    own: float | None = None
    for stem in stems(word):
        if not _MIN_STEM <= len(stem) <= _MAX_STEM or voikko.analyze(stem):
            continue
        listed = zipf(stem)
        if listed < listed_acronyms.min_zipf:
            continue
        own = zipf(word) if own is None else own
        if listed - own >= listed_acronyms.margin and not _known_reading(word, voikko):
            return stem
    return None


def _known_reading(word: str, voikko: VoikkoCache) -> bool:
    """Whether `word` is a known word with its dots (`kylilla`) or a letter spoken Finnish
    drops (`nähään`, `viimiseen`: `edits.spoken_of`) put back."""
    if any(voikko.analyze(candidate) for candidate in dotted(word)):
        return True
    inserted = (word[:i] + letter + word[i:] for i in range(1, len(word) + 1) for letter in "id")
    return any(spoken_of(word, c) and voikko.analyze(c) for c in inserted)


def keep_acronyms(texts: Sequence[list[LemmaToken]], voikko: VoikkoCache) -> list[list[LemmaToken]]:
    """`texts` with the lemma of every unknown form that is an acronym of the batch (see the
    module's docstring) with a case ending set to the acronym."""
    known = _batch_acronyms(texts, voikko)
    if not known:
        return list(texts)
    result = []
    for tokens in texts:
        kept = []
        for token in tokens:
            stem = _acronym_of(token.text.lower(), known, voikko) if token.text.isalpha() else None
            if stem is not None and token.lemma != stem:
                token = dataclasses.replace(token, lemma=stem, compound_parts=())
            kept.append(token)
        result.append(kept)
    return result


def _batch_acronyms(texts: Sequence[list[LemmaToken]], voikko: VoikkoCache) -> frozenset[str]:
    found = set()
    for tokens in texts:
        for token in tokens:
            text = token.text
            head = text.split("-", 1)[0]
            if head.isalpha() and head.isupper() and _MIN_STEM <= len(head) <= _MAX_STEM + 1:
                found.add(head.lower())  # ELY, ELY-keskus
            lower = text.lower()
            if (
                text.isalpha()
                and _MIN_STEM <= len(text) <= _MAX_STEM
                and token.lemma == lower
                and not voikko.analyze(lower)
            ):
                found.add(lower)  # ely: a word of its own nobody knows or corrected
    return frozenset(found)


def _acronym_of(word: str, known: frozenset[str], voikko: VoikkoCache) -> str | None:
    if word in known or voikko.analyze(word):
        return None
    return next((stem for stem in stems(word) if stem in known), None)
