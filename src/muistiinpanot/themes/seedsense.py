"""A seed word in another sense decides no seeded theme (review 52 #1, summary39).

"julkinen" is a seed lemma of openness, but "julkinen liikenne" is public transport and
"avoimet työpaikat" are vacancies: a note about the evening buses went under "Avoimuus". A
seed word that is the attribute of a noun (an adjective, or a word Voikko reads as one, in
the case and number of the noun right after it) says the theme only when that head noun is
the theme's: one of its anchor words (seed lemmas and seed-phrase words, soft.anchor_words)
or description words, by base form or compound part, or a word whose vector comes at least
`[themes] seed_head_similarity` near one of them ("avoin päätöksenteko", "julkiset
asiakirjat", "avoin data" stay the theme's). Otherwise the seed word is left out of what the
seeded views read of the note (its lemma and, for the classifier's character n-grams, its
word), so that the other words decide; the emergent themes and the labels still read it.

A seed said of a physical thing or space is in another sense too (`[themes] seed_things`,
mend125): a seed noun whose genitive possessor is nearer by the vectors to general words of
things (lexicons/senses.toml) than both to the theme's anchor and description words and to
general words of people ("aulan avoimuus", "kahvilan läpinäkyvyys"; not "kylien luottamus",
a community's) and to general words of information and software (mend129: not "koodin
avoimuus", a system's), by its whole base form, not a compound part ("rajapinta" is no
"pinta"), and a seed adjective with no head of its own after a noun in the nominative
("museon esineet näkyville") whose noun, or failing that its possessor, is so near things: a
seed lemma of the theme as that noun ("pöytäkirjat näkyville") keeps the theme's sense."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from muistiinpanot.content import ParsedToken
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Analyzer, content_lemmas
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import anchor_words
from muistiinpanot.vectorize import FloatArray, VectorCache

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BASES = re.compile(r"\(([^+()][^()]*)\)")
#: Voikko's classes of an attribute and of its head noun.
_ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})
_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})
#: The forms of "olla" a predicate adjective's copula takes (Finnish grammar's closed class).
_COPULA = re.compile(r"\b(?:on|ovat|oli|olivat|olisi|olisivat|ole|ollut|olleet)\b", re.I)
#: The notes' parses, kept while the seeded views read the same notes (one per theme).
_PARSES: dict[tuple[int, str], Sequence[ParsedToken]] = {}


@dataclass(frozen=True, slots=True)
class _Anchors:
    """A theme's seed lemmas, the words its head nouns may be, and their unit vectors."""

    seeds: frozenset[str]
    words: frozenset[str]
    vectors: FloatArray


def _anchors(definition: ThemeDefinition, analyzer: Analyzer, cache: VectorCache) -> _Anchors:
    words = set(anchor_words(definition, analyzer, 1.0))
    if definition.description:
        (tokens,) = analyzer.analyze([definition.description])
        words |= set(content_lemmas(tokens))
    ordered = sorted(words)
    vectors = np.array([cache.get(word) for word in ordered]) if ordered else np.zeros((0, 1))
    return _Anchors(frozenset(definition.seed_lemmas), frozenset(ordered), vectors)


def _read(
    text: str,
    anchors: _Anchors,
    analyzer: Analyzer,
    cache: VectorCache,
    least: float,
    predicative: bool = False,
    things: bool = False,
) -> tuple[dict[str, set[str]], set[str]]:
    """The seed lemmas of `text` used in another sense (each with its word forms) and those
    used in the theme's."""
    words = _WORDS.findall(text.lower())
    readings = [analyzer.voikko.analyze(word) for word in words]
    other: dict[str, set[str]] = {}
    said: set[str] = set()
    for index, found in enumerate(readings):
        for seed in {a.get("BASEFORM", "").lower() for a in found} & anchors.seeds:
            after = readings[index + 1] if index + 1 < len(readings) else ()
            head = _head(found, seed, after)
            if not head and predicative:
                head = _subject(text, words[index], analyzer)
            if head:
                elsewhere = not _of_theme(head, anchors, cache, least)
            else:  # said of a thing or space (mend125)
                elsewhere = things and _of_thing(readings, index, seed, anchors, cache)
            if elsewhere:
                other.setdefault(seed, set()).add(words[index])
            else:
                said.add(seed)
    return other, said


def _of_thing(
    readings: Sequence[Sequence[dict[str, str]]],
    index: int,
    seed: str,
    anchors: _Anchors,
    cache: VectorCache,
) -> bool:
    """Whether the seed word at `index` is said of a physical thing or space (the module
    doc): a seed noun by its genitive possessor right before it; a seed adjective by the
    nominative noun right before it, or that noun's possessor before it."""
    classes = {a.get("CLASS") for a in readings[index] if a.get("BASEFORM", "").lower() == seed}
    if classes & {"nimisana"} and not classes & _ADJECTIVES:
        return index > 0 and _thing(readings[index - 1], "omanto", anchors, cache)
    noun = _bases(readings[index - 1], "nimento") if index > 0 else set()
    if not noun or noun & anchors.seeds:
        return False
    return _thing(readings[index - 1], "nimento", anchors, cache) or (
        index > 1 and _thing(readings[index - 2], "omanto", anchors, cache)
    )


def _bases(found: Sequence[dict[str, str]], case: str, parts: bool = True) -> set[str]:
    """The base forms and (`parts`) compound parts of a word's noun readings in that case."""
    nouns = [a for a in found if a.get("CLASS") in _NOUNS and a.get("SIJAMUOTO") == case]
    bases = {a.get("BASEFORM", "").lower() for a in nouns}
    if parts:
        bases |= {p.lower() for a in nouns for p in _BASES.findall(a.get("WORDBASES", ""))}
    return bases - {""}


def _thing(
    found: Sequence[dict[str, str]], case: str, anchors: _Anchors, cache: VectorCache
) -> bool:
    """Whether a noun in that case is nearer by its whole base form to general words of
    things than to the theme's own words, to people and to information (a compound's part
    decides nothing: "rajapinta" is no surface, mend129), and none of the theme's words by
    its base form or a compound part."""
    bases = _bases(found, case)
    if not bases or bases & anchors.words or not anchors.vectors.size:
        return False
    things = np.array([cache.get(word) for word in _sense_words("things")])
    others = [
        np.array([cache.get(word) for word in _sense_words(kind)])
        for kind in ("people", "information")
    ]
    for base in _bases(found, case, parts=False):
        vector = cache.get(base)
        thing = float((things @ vector).max())
        if thing > float((anchors.vectors @ vector).max()) and all(
            thing > float((other @ vector).max()) for other in others
        ):
            return True
    return False


@functools.cache
def _sense_words(kind: str) -> tuple[str, ...]:
    """lexicons/senses.toml `things`, `people` or `information`."""
    text = resources.files("muistiinpanot.lexicons").joinpath("senses.toml").read_text("utf-8")
    return tuple(tomllib.loads(text)[kind])


def _head(found: Sequence[dict[str, str]], seed: str, after: Sequence[dict[str, str]]) -> set[str]:
    """The base forms and compound parts of the noun that the seed's word is the attribute
    of (agreeing in case and number with it, right after it); empty when there is none."""
    forms = {
        (a.get("SIJAMUOTO"), a.get("NUMBER"))
        for a in found
        if a.get("BASEFORM", "").lower() == seed and a.get("CLASS") in _ADJECTIVES
    }
    heads = [
        a
        for a in after
        if a.get("CLASS") in _NOUNS and (a.get("SIJAMUOTO"), a.get("NUMBER")) in forms
    ]
    bases = {a.get("BASEFORM", "").lower() for a in heads}
    bases |= {p.lower() for a in heads for p in _BASES.findall(a.get("WORDBASES", ""))}
    return bases - {""}


def _subject(text: str, word: str, analyzer: Analyzer) -> set[str]:
    """The base forms and compound parts of the copula's subject when the parse reads `word`
    as a predicate adjective ("työpaikka on avoin", review 57 #5); empty otherwise. The note
    is parsed only when a seed word has no attribute head and a copula may be near."""
    if not _COPULA.search(text):
        return set()
    tokens = _parsed(text, analyzer)
    for index, token in enumerate(tokens):
        if token.text.lower() != word or token.pos != "ADJ":
            continue
        below = [t for t in tokens if t.head == index and t is not token]
        if not any(t.dep == "cop" for t in below):
            continue
        subjects = [t for t in below if t.dep.startswith("nsubj") and t.pos == "NOUN"]
        readings = [a for t in subjects for a in analyzer.voikko.analyze(t.text.lower())]
        bases = {a.get("BASEFORM", "").lower() for a in readings if a.get("CLASS") in _NOUNS}
        bases |= {p.lower() for a in readings for p in _BASES.findall(a.get("WORDBASES", ""))}
        return bases - {""}
    return set()


def _parsed(text: str, analyzer: Analyzer) -> Sequence[ParsedToken]:
    key = (id(analyzer), text)
    if key not in _PARSES:
        if len(_PARSES) > 256:
            _PARSES.clear()
        _PARSES[key] = analyzer.parse([text])[0]
    return _PARSES[key]


def _of_theme(head: set[str], anchors: _Anchors, cache: VectorCache, least: float) -> bool:
    """Whether a head noun (its bases) is the theme's: an anchor or description word, or a
    word whose vector is at least `least` near one."""
    if head & anchors.words or not anchors.vectors.size:
        return bool(head & anchors.words)
    return any(float((anchors.vectors @ cache.get(base)).max()) >= least for base in head)


def senseless_seeds(
    text: str,
    definition: ThemeDefinition,
    analyzer: Analyzer,
    cache: VectorCache,
    least: float,
    predicative: bool = False,
    things: bool = True,
) -> set[str]:
    """The seed lemmas of `definition` that `text` uses only in another sense (`predicative`:
    `[themes] seed_predicatives`; `things`: `[themes] seed_things`)."""
    anchors = _anchors(definition, analyzer, cache)
    other, said = _read(text, anchors, analyzer, cache, least, predicative, things)
    return set(other) - said


def sensed_views(
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    cache: VectorCache,
    settings: ThemeSettings,
) -> tuple[list[tuple[str, ...]], list[str]]:
    """The notes' lemma lists and texts as the seeded views read them: without each seed word
    that the note uses only in another sense (the module doc; `seed_head_similarity` 0: as
    they are)."""
    least = settings.seed_head_similarity
    if least <= 0 or not definitions:
        return list(docs), list(texts)
    anchors = [_anchors(definition, analyzer, cache) for definition in definitions]
    new_docs, new_texts = [], []
    for doc, text in zip(docs, texts, strict=True):
        other: dict[str, set[str]] = {}
        said: set[str] = set()
        for theme in anchors:
            predicative, things = settings.seed_predicatives, settings.seed_things
            found, kept = _read(text, theme, analyzer, cache, least, predicative, things)
            for seed, forms in found.items():
                other.setdefault(seed, set()).update(forms)
            said |= kept
        dropped = {seed: forms for seed, forms in other.items() if seed not in said}
        if not dropped:
            new_docs.append(doc)
            new_texts.append(text)
            continue
        forms = {form for found in dropped.values() for form in found}
        new_docs.append(tuple(lemma for lemma in doc if lemma not in dropped))
        new_texts.append(
            " ".join(w for w in text.split() if w.lower().strip(".,;:!?") not in forms)
        )
    return new_docs, new_texts
