"""Fast mode: Voikko without a tagger, one dict lookup per token, and cheap context rules.

Each distinct form is lemmatized once (lemmatize/lemmatizer.py) into an `_Entry` holding the
finished LemmaToken, the readings a context rule may switch to, and the cues it gives its
neighbour. The rules follow UD Finnish conventions and use only Voikko's analyses and
simplemma's dictionary, never word lists:

- `adverb`: a case form that simplemma's dictionary lists as a headword of its own
  (`esimerkiksi`, `lopulta`, `paljon`) is a lexicalised adverb and keeps its form, unless a
  genitive precedes it (`asian osalta`, `minun mielestä`: a noun heading a genitive).
- `participle`: a participle right after a form of `olla` or the negation verb is a verb and
  takes the verb's lemma (`on tehty` → tehdä), not the adjective's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from muistiinpanot.lemmatize.compounds import participle_verb_lemma
from muistiinpanot.lemmatize.dictionary import simplemma_forms
from muistiinpanot.lemmatize.lemmatizer import Lemma, Lemmatizer
from muistiinpanot.lemmatize.tokens import EMPTY_TOKEN, LemmaToken, lemma_token

RULES = frozenset({"adverb", "participle"})
_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "lukusana"})


class _Entry(NamedTuple):  # built once per new form: a tuple is ~2× cheaper than a dataclass
    """A form's default token, its alternative readings, and the cues it gives the next token."""

    token: LemmaToken
    adverb: LemmaToken | None = None
    verb: LemmaToken | None = None
    genitive: bool = False
    auxiliary: bool = False


_EMPTY_ENTRY = _Entry(EMPTY_TOKEN)


class FastLemmatizer:
    """Lemmatizes token sequences without a tagger; results are cached by form (and by whether
    the form starts a sentence). `rules` selects the context rules (for ablation)."""

    def __init__(self, lemmatizer: Lemmatizer, rules: frozenset[str] = RULES) -> None:
        self.lemmatizer = lemmatizer
        self.voikko = lemmatizer.voikko
        self.rules = rules
        self._entries: dict[str, _Entry] = {"": _EMPTY_ENTRY}
        self._first: dict[str, _Entry] = {"": _EMPTY_ENTRY}

    def clear(self) -> None:
        self._entries = {"": _EMPTY_ENTRY}
        self._first = {"": _EMPTY_ENTRY}

    def lemmatize(self, words: Sequence[str]) -> list[LemmaToken]:
        """One LemmaToken per word of one sentence (or text)."""
        if not words:
            return []
        entries = self._entries
        first = self._first.get(words[0]) or self._add(words[0], first=True)
        result = [first.token]
        adverb_rule = "adverb" in self.rules
        participle_rule = "participle" in self.rules
        previous = first
        for word in words[1:]:
            entry = entries.get(word) or self._add(word, first=False)
            token = entry.token
            if entry.adverb is not None and adverb_rule and not previous.genitive:
                token = entry.adverb
            if entry.verb is not None and participle_rule and previous.auxiliary:
                token = entry.verb
            result.append(token)
            previous = entry
        if first.adverb is not None and adverb_rule:
            result[0] = first.adverb
        return result

    def _add(self, form: str, *, first: bool) -> _Entry:
        entry = self._entry(form, first=first)
        table = self._first if first else self._entries
        if len(table) >= self.lemmatizer.max_forms:  # memory bound (bounded.put_bounded)
            table.clear()
            table[""] = _EMPTY_ENTRY
        table[form] = entry
        return entry

    def _entry(self, form: str, *, first: bool) -> _Entry:
        if form.isspace():
            return _Entry(LemmaToken(form, form, "SPACE", is_punct=True))
        lemma = self.lemmatizer.lemmatize_untagged(form)
        if first and lemma.pos == "PROPN" and form[:1].isupper():
            lower = self.lemmatizer.lemmatize_untagged(form.lower())
            if lower.pos != "PROPN" or self.voikko.analyze(form.lower()):
                lemma = lower
        token = lemma_token(form, lemma, lemma.pos)
        if not form.isalpha() and not any(ch.isalpha() for ch in form):
            return _Entry(token)  # punctuation, numbers: no case or verb to give a rule
        analyses = self.voikko.analyze(form)
        if not analyses:
            return _Entry(token)
        # One pass over the analyses: does every reading inflect a nominal in a case other
        # than the nominative (adverb rule), is one a genitive or an auxiliary (cues)?
        case_forms = True
        genitive = auxiliary = False
        for analysis in analyses:
            cls = analysis.get("CLASS")
            case = analysis.get("SIJAMUOTO", "nimento")
            if cls not in _NOMINALS or case == "nimento":
                case_forms = False
            if case == "omanto":
                genitive = True
            if cls == "kieltosana" or (cls == "teonsana" and analysis.get("BASEFORM") == "olla"):
                auxiliary = True
        lowered = form.lower()
        adverb = verb = None
        if case_forms and token.lemma != lowered and simplemma_forms().get(lowered) == lowered:
            adverb = lemma_token(form, Lemma(lowered, (), "ADV"), "ADV")
        if token.pos != "VERB":
            for analysis in analyses:
                if analysis.get("PARTICIPLE", "agent") != "agent":
                    verb_lemma = participle_verb_lemma(analysis)
                    if verb_lemma and verb_lemma != token.lemma:
                        verb = lemma_token(form, Lemma(verb_lemma, (), "VERB"), "VERB")
                        break
        return _Entry(token, adverb=adverb, verb=verb, genitive=genitive, auxiliary=auxiliary)
