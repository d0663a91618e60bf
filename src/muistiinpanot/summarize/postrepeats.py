"""A bullet that says again what an earlier bullet of the post says is not published
(summary36, review 46: "Lämmitysvuoroihin tarvitaan lisää tekijöitä." under a bullet saying
"tarvitaan uusia lämmittäjiä"; "Muita nostoja. Venepaikkoja tarvitaan lisää." under
"Talvisäilytyspaikkoja ei riitä kaikille, jonossa 80 venettä.").

Word vectors do not tell these apart from unrelated needs (0.65 against 0.64, mend93), so the
test reads Voikko's roots: each content word of a sentence is taken apart into the bases of
its morphs (WORDBASES: "lämmitysvuoro" → lämmittää + vuoro, "lämmittäjä" → lämmittää,
"venepaikka" → vene + paikka), and roots as common as `[summary] repeat_common` on wordfreq's
Zipf scale ("tehdä" of "tekijä", "olla", "pitää") or calendar units say nothing of a point.
A sentence repeats one of another bullet when that sentence says at least two of its roots
and a root of each of its nouns and adjectives (`[summary] repeat_share` of them); its verbs
may differ ("Venepaikkoja tarvitaan lisää" says "paikkoja ei riitä"). A bullet none of whose
sentences says anything else is not published."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.lexicons import time_units
from muistiinpanot.records import Bullet
from muistiinpanot.summarize.protocols import Speller, SummaryAnalyzer
from muistiinpanot.summarize.settings import SummarySettings

#: A morph's base in WORDBASES ("+lämmit(lämmittää)"), not a derivational suffix's ("(+ys)").
_ROOT = re.compile(r"\(([^+()][^()]*)\)")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
#: Voikko's classes of words that carry a point: nouns, adjectives, verbs.
_CONTENT = frozenset({"nimisana", "laatusana", "nimi_laatusana", "teonsana"})
#: A morph of WORDBASES, a base's or a suffix's: the deepest reading has the most.
_MORPH = re.compile(r"\([^()]*\)")


@functools.lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    return zipf(word)


def _readings(word: str, speller: Speller) -> list[tuple[int, frozenset[str], str]]:
    """The roots of each reading of `word` (lower case), deepest first; a reading without
    WORDBASES roots gives its base form. None when a reading is no content word ("lisää" the
    adverb beside "lisätä", "usein" beside "usea")."""
    found = []
    for analysis in speller.analyze(word):
        if analysis.get("CLASS") not in _CONTENT:
            return []
        bases = analysis.get("WORDBASES", "")
        roots = {r.replace("=", "").lower() for r in _ROOT.findall(bases)}
        depth = len(_MORPH.findall(bases))
        base = frozenset(roots or {analysis.get("BASEFORM", word).lower()})
        found.append((depth, base, analysis.get("CLASS", "")))
    return sorted(found, key=lambda x: (-x[0], sorted(x[1]), x[2]))


def sentence_words(
    sentence: str, speller: Speller, common: float
) -> list[tuple[bool, frozenset[str]]]:
    """The words a sentence's point rests on: per content word whether it is a noun or an
    adjective, and its deepest reading's roots, without words and roots at least `common` on
    the Zipf scale ("lisää", "usein", "tehdä" of "tekijä") and calendar units
    (lexicons/time.toml `units`: "vuosi", "minuutti")."""
    found = []
    for word in _WORD.findall(sentence):
        readings = _readings(word, speller) if _zipf(word.lower()) < common else []
        if not readings:
            continue
        depth, roots, kind = readings[0]
        kept = frozenset(r for r in roots if _zipf(r) < common and r not in time_units())
        if kept:
            found.append((kind != "teonsana", kept))
    return found


def said_roots(sentence: str, speller: Speller) -> frozenset[str]:
    """Every root any content reading of the sentence's words gives, and the base forms."""
    said: set[str] = set()
    for word in _WORD.findall(sentence):
        for _, roots, _ in _readings(word, speller):
            said |= roots
        said |= {a.get("BASEFORM", "").lower() for a in speller.analyze(word)}
    return frozenset(said)


def sentences(text: str) -> list[str]:
    """A bullet's sentences."""
    return [s for s in _SENTENCE.split(text.strip()) if s]


def repeated_sentence(
    sentence: str, earlier: Sequence[str], speller: Speller, share: float, common: float
) -> str:
    """The sentence of `earlier` that `sentence` says again ("" when none): one that says at
    least two of its roots and a root of at least the share `share` of its nouns and
    adjectives (its verbs may differ: "tarvitaan lisää" says "ei riitä")."""
    words = sentence_words(sentence, speller, common)
    roots = frozenset(root for _, found in words for root in found)
    nouns = [found for noun, found in words if noun]
    if len(roots) < 2 or not nouns:
        return ""
    for other in earlier:
        said = said_roots(other, speller)
        covered = sum(1 for found in nouns if found & said)
        if len(roots & said) >= 2 and covered >= share * len(nouns):
            return other
    return ""


def repeats_post(
    text: str, earlier: Sequence[str], speller: Speller, share: float, common: float
) -> bool:
    """Whether every sentence of the bullet `text` says again a sentence of the `earlier`
    bullets' texts."""
    said = [s for bullet in earlier for s in sentences(bullet)]
    own = sentences(text)
    return bool(own) and all(repeated_sentence(s, said, speller, share, common) for s in own)


def repeats(
    bullet: Bullet, bullets: Sequence[Bullet], analyzer: SummaryAnalyzer, settings: SummarySettings
) -> bool:
    """Whether each sentence of `bullet` says again one of the post's `bullets` (postrepeats.py;
    `[summary] post_repeats`). Asked of a theme's second bullet (printed under its first or
    among "Muita nostoja") and of a first bullet without a heading; a theme's headed first
    bullet is its only place in the post and stays: a shared root across themes more often
    joins different points ("Lääkkeiden hinta vaihtelee …" beside "Reseptilääkkeiden
    hinnoissa ei ole maalaisille etua", dev posts)."""
    return settings.post_repeats and repeats_post(
        bullet.text,
        [b.text for b in bullets],
        analyzer.voikko,
        settings.repeat_share,
        settings.repeat_common,
    )
