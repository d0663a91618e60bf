"""A clinic's own events are not a seeded theme (seeded34, issue 12).

Blind round 57 and seeded33 lost openness and innovation-leading precision to a clinic's own
practical mishaps ("nobody told us the hall was booked", "the printer broke again"): their
words of telling and trying are the themes', but they report one event about a thing, not an
organisation's way of working, a general state or a wish. A note is a reported event when,
by its dependency parse:
- every main predicate (each sentence's root and the predicates coordinated with it) is in
  the past indicative: the imperfect ("hajosi"), its negation ("ei kertonut") or the
  pluperfect ("oli varattu"); a present, perfect, conditional or imperative one, or none (a
  verbless note), reads as general, habitual or wished;
- and its topic is a concrete thing: the first noun among the core arguments (subject or
  object) of its main predicates, else of the clauses under them ("kukaan ei tiennyt kuka
  avaa oven"), else the first noun of an adverbial that is no time ("kaiuttimesta ei
  kuulunut"), is nearer by the word vectors to general words of things than to general
  words of the matters themes speak of (lexicons/events.toml).
With `[themes] event_margin` above 0 such a note needs its best seeded theme's blended
decision to beat "other" by that much (seeded_choice.decide_seeded)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from muistiinpanot.content import ParsedToken
from muistiinpanot.lexicons import event_anchors, time_units
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.vectorize import FloatArray, VectorCache

__all__ = ["event_lift", "reported_events"]

_CORE = ("nsubj", "obj")
_UNDER = ("ccomp", "xcomp", "advcl", "acl", "csubj")


def _feats(token: ParsedToken) -> dict[str, str]:
    return dict(part.split("=", 1) for part in token.morph.split("|") if "=" in part)


def _children(tokens: Sequence[ParsedToken]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for index, token in enumerate(tokens):
        if token.head != index and 0 <= token.head < len(tokens):
            children[token.head].append(index)
    return children


def _main_predicates(tokens: Sequence[ParsedToken], children: list[list[int]]) -> list[int]:
    """Each root and the predicates coordinated with it (conj chains of a root)."""
    found = [index for index, token in enumerate(tokens) if token.dep == "ROOT"]
    queue = list(found)
    while queue:
        for child in children[queue.pop()]:
            if tokens[child].dep == "conj" and _is_predicate(tokens, children, child):
                found.append(child)
                queue.append(child)
    return sorted(found)


def _is_predicate(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    return tokens[index].pos in {"VERB", "AUX"} or any(
        tokens[child].dep in {"cop", "aux"} for child in children[index]
    )


def _past(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether the predicate at `index` is in the past indicative (module docstring)."""
    verbs = [c for c in children[index] if tokens[c].dep in {"aux", "aux:pass", "cop"}]
    verbs.append(index)
    feats = [_feats(tokens[v]) for v in verbs]
    if any(f.get("Mood") in {"Cnd", "Imp", "Pot"} for f in feats):
        return False
    finite = [f for f in feats if f.get("VerbForm") == "Fin"]
    if any(f.get("Tense") == "Past" for f in finite):
        return True  # imperfect, or pluperfect by its past "oli"
    negated = any(f.get("Polarity") == "Neg" for f in finite)
    olla = any(tokens[v].lemma == "olla" and v != index for v in verbs)
    participle = _feats(tokens[index])
    return (
        negated
        and not olla
        and participle.get("VerbForm") == "Part"
        and participle.get("PartForm") == "Past"
    )


def _topic(
    tokens: Sequence[ParsedToken], children: list[list[int]], mains: Sequence[int]
) -> str | None:
    """The lemma of the note's topic noun (module docstring), or None."""
    times = time_units()

    def nouns(heads: Sequence[int], deps: Sequence[str]) -> list[int]:
        return sorted(
            child
            for head in heads
            for child in children[head]
            if tokens[child].pos in {"NOUN", "PROPN"}
            and tokens[child].dep.split(":")[0] in deps
            and tokens[child].lemma.lower() not in times
        )

    under = [c for head in mains for c in children[head] if tokens[c].dep in _UNDER]
    for heads, deps in ((mains, _CORE), (under, _CORE), ([*mains, *under], ("obl",))):
        found = nouns(heads, deps)
        if found:
            return tokens[found[0]].lemma.lower()
    return None


def _concrete(lemma: str, things: FloatArray, matters: FloatArray, cache: VectorCache) -> bool:
    vector = cache.get(lemma)
    if not float(np.linalg.norm(vector)):
        return False
    return float((things @ vector).max()) > float((matters @ vector).max())


def reported_events(texts: Sequence[str], analyzer: Analyzer, cache: VectorCache) -> list[bool]:
    """Per text, whether it reports one past event about a concrete thing (module doc)."""
    thing_words, matter_words = event_anchors()
    things = np.array([cache.get(word) for word in thing_words])
    matters = np.array([cache.get(word) for word in matter_words])
    result: list[bool] = []
    for tokens in analyzer.parse(list(texts)):
        children = _children(tokens)
        mains = _main_predicates(tokens, children)
        if not mains or not all(_past(tokens, children, index) for index in mains):
            result.append(False)
            continue
        topic = _topic(tokens, children, mains)
        result.append(topic is not None and _concrete(topic, things, matters, cache))
    return result


def event_lift(
    texts: Sequence[str], analyzer: Analyzer, cache: VectorCache, margin: float
) -> FloatArray:
    """What each note's blended "other" score is raised by: `margin` for a reported event,
    0 for any other note (and for all at `margin` 0, without parsing)."""
    if margin <= 0 or not texts:
        return np.zeros(len(texts))
    return np.array([margin if event else 0.0 for event in reported_events(texts, analyzer, cache)])
