"""Token → lemma over cached Voikko analyses, with or without a tagger's POS and features.

Every result is cached: by (form, POS, features) when tagged, by form when not, so repeated
tokens cost one dict lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from muistiinpanot.bounded import put_bounded
from muistiinpanot.lemmatize.acronyms import DEFAULT_LISTED_ACRONYMS, ListedAcronyms
from muistiinpanot.lemmatize.compounds import compound_parts, split_hyphenated
from muistiinpanot.lemmatize.dictionary import simplemma_forms, simplemma_lemma
from muistiinpanot.lemmatize.exceptions import load_lemma_exceptions
from muistiinpanot.lemmatize.lemmas import lemma_of
from muistiinpanot.lemmatize.rules import analysis_upos, score_analysis
from muistiinpanot.lemmatize.spoken import load_spoken_forms
from muistiinpanot.lemmatize.unknown import (
    resolve_unknown,
    strip_case_ending,
    strip_name_ending,
)
from muistiinpanot.lemmatize.voikko import Analysis, VoikkoCache

_NO_GUESS_POS = frozenset({"PROPN", "X", "SYM", "PUNCT", "NUM"})
_SIMPLEMMA_BONUS = 0.25
_COMPATIBLE = 8.0  # score_analysis gives at least this to analyses matching the POS


@dataclass(frozen=True, slots=True)
class Lemma:
    """A lemma, the lemmas of its compound parts, and the POS used (given or guessed)."""

    lemma: str
    parts: tuple[str, ...]
    pos: str


class _Stand(NamedTuple):  # built once per new form: a tuple is ~2× cheaper than a dataclass
    """The analyses that stand for a form: its own, or those of a restored or split word."""

    analyses: tuple[Analysis, ...]
    form: str
    prefix: str = ""
    lemma: str | None = None


class Lemmatizer:
    """Lemmatizes single tokens. `lemmatize_tagged` uses a tagger's POS and UD features;
    `lemmatize_untagged` chooses among Voikko's analyses without context. `thorough=False`
    resolves unknown words the cheap way (see unknown.py): fast mode's choice; `listed_acronyms`
    says when wordfreq makes an unknown form an acronym (acronyms.ListedAcronyms)."""

    def __init__(
        self,
        voikko: VoikkoCache,
        *,
        thorough: bool = True,
        max_forms: int = 100_000,
        listed_acronyms: ListedAcronyms = DEFAULT_LISTED_ACRONYMS,
    ) -> None:
        self.voikko = voikko
        self.thorough = thorough
        self.listed_acronyms = listed_acronyms
        #: Memory bound of each memo table (bounded.put_bounded), here and in fast.py.
        self.max_forms = max_forms
        # Load the lexicons now, not on the first word.
        simplemma_forms()
        load_lemma_exceptions()
        load_spoken_forms()
        self._tagged: dict[tuple[str, str, str], Lemma] = {}
        self._untagged: dict[str, Lemma] = {}

    def clear(self) -> None:
        self._tagged.clear()
        self._untagged.clear()

    def lemmatize_tagged(self, form: str, pos: str, feats: str) -> Lemma:
        key = (form, pos, feats)
        cached = self._tagged.get(key)
        if cached is None:
            cached = self._lemmatize_tagged(form, pos, _parse_feats(feats))
            put_bounded(self._tagged, key, cached, self.max_forms)
        return cached

    def lemmatize_untagged(self, form: str) -> Lemma:
        cached = self._untagged.get(form)
        if cached is None:
            cached = self._lemmatize_untagged(form)
            put_bounded(self._untagged, form, cached, self.max_forms)
        return cached

    def _lemmatize_tagged(self, form: str, pos: str, feats: dict[str, str]) -> Lemma:
        if pos in ("PUNCT", "SYM") or not any(ch.isalnum() for ch in form):
            return Lemma(lemma_of(None, pos, form), (), pos)
        stand = self._stand_for(form, guess=pos not in _NO_GUESS_POS)
        if not stand.analyses:
            lemma = stand.lemma or strip_case_ending(lemma_of(None, pos, stand.form), feats)
            return self._finish(lemma, None, stand, pos)
        scored = [
            (score_analysis(a, pos, feats), lemma_of(a, pos, stand.form), a) for a in stand.analyses
        ]
        hint = self._simplemma(form) if len({item[1] for item in scored}) > 1 else None
        score, lemma, best = max(
            scored, key=lambda item: item[0] + (_SIMPLEMMA_BONUS if item[1] == hint else 0.0)
        )
        spoken = load_spoken_forms().get(form.lower())
        if spoken is not None and score < _COMPATIBLE:
            return Lemma(spoken.lemma, (), pos)
        return self._finish(lemma, best, stand, pos)

    def _lemmatize_untagged(self, form: str) -> Lemma:
        if not form.isalpha():  # most words: skip the two scans below
            if not any(ch.isalnum() for ch in form):
                return Lemma(form, (), "PUNCT")
            if not any(ch.isalpha() for ch in form):
                return Lemma(form.lower(), (), "NUM")
        spoken = load_spoken_forms().get(form.lower())
        if spoken is not None:
            stand = _Stand(
                self.voikko.analyze(spoken.standard), spoken.standard, lemma=spoken.lemma
            )
        else:
            stand = self._stand_for(form, guess=not form[:1].isupper())
        if not stand.analyses:
            pos = "PROPN" if form[:1].isupper() else "NOUN"
            lemma = stand.lemma or lemma_of(None, pos, stand.form)
            if pos == "PROPN" and stand.lemma is None and lemma.isalpha():
                lemma = strip_name_ending(lemma)
            return self._finish(lemma, None, stand, pos)
        tail = stand.form
        if len(stand.analyses) == 1:  # most words: nothing to choose between
            analysis = stand.analyses[0]
            options = _untagged_pos_options(analysis)
            if len(options) == 1:
                pos = options[0]
                return self._finish(lemma_of(analysis, pos, tail), analysis, stand, pos)
        scored = []
        for order, analysis in enumerate(stand.analyses):
            for pos in _untagged_pos_options(analysis):
                lemma = lemma_of(analysis, pos, tail)
                score = _untagged_prior(analysis, pos, form) - 0.01 * order
                scored.append((score, lemma, analysis, pos))
        if len({item[1].lower() for item in scored}) > 1:  # simplemma breaks ties of lemmas
            hint = self._simplemma(form)
            scored = [(s + (3.0 if m.lower() == hint else 0.0), m, a, p) for s, m, a, p in scored]
        _, lemma, analysis, pos = max(scored, key=lambda item: item[0])
        return self._finish(lemma, analysis, stand, pos)

    def _finish(self, lemma: str, analysis: Analysis | None, stand: _Stand, pos: str) -> Lemma:
        if stand.lemma is not None:
            lemma = stand.lemma
        parts = compound_parts(analysis, lemma) if analysis is not None else ()
        if stand.prefix:
            head = stand.prefix.rstrip("-")
            parts = (head, *(parts or (lemma,)))
            lemma = stand.prefix + lemma
        if pos != "PROPN" and not (analysis and analysis.get("CLASS") == "lyhenne"):
            lemma = lemma.lower()
        return Lemma(lemma, parts, pos)

    def _stand_for(self, form: str, *, guess: bool) -> _Stand:
        bare = form[1:] if form[:1] == "-" and form[1:2].isalpha() else form  # "-tuotteita"
        analyses = self.voikko.analyze(bare)
        if analyses:
            return _Stand(analyses, bare)
        split = split_hyphenated(bare)
        if split is not None:
            prefix, head = split
            inner = self._stand_for(head, guess=guess)
            return _Stand(inner.analyses, inner.form, prefix.lower() + inner.prefix, inner.lemma)
        resolution = resolve_unknown(
            bare,
            self.voikko,
            guess=guess,
            thorough=self.thorough,
            listed_acronyms=self.listed_acronyms,
        )
        return _Stand(
            resolution.analyses, resolution.form or bare, resolution.prefix, resolution.lemma
        )

    def _simplemma(self, form: str) -> str:
        if form.isalpha():  # simplemma.lemmatize looks such a form up as is, then recased
            forms = simplemma_forms()
            known = forms.get(form)
            if known is None:
                known = forms.get(form.lower() if form[:1].isupper() else form.capitalize())
            if known is not None:
                return known.lower()
        return simplemma_lemma(form).lower()


def _parse_feats(feats: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in feats.split("|") if "=" in item)


def _untagged_pos_options(analysis: Analysis) -> tuple[str, ...]:
    pos = analysis_upos(analysis)
    if "PARTICIPLE" in analysis and pos == "VERB":
        return ("VERB", "ADJ")
    return (pos,)


def _untagged_prior(analysis: Analysis, pos: str, form: str) -> float:
    """A context-free preference among analyses: closed classes and simple words first."""
    score = -0.5 * max(analysis.get("STRUCTURE", "=").count("=") - 1, 0)
    if pos in ("ADV", "ADP", "CCONJ", "SCONJ", "PRON", "AUX"):
        score += 1.0
    if analysis.get("CLASS") == "asemosana":
        score += 2.5  # pronoun forms are frequent; outweighs simplemma's vote (niitä ≠ niittää)
    if pos == "PROPN" and not form[:1].isupper():
        score -= 1.0
    if analysis.get("MOOD") in ("imperative", "potential"):
        score -= 0.5
    return score
